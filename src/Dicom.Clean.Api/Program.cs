using Dicom.Clean.Api;
using Dicom.Clean.Application;
using Dicom.Clean.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Environment.ContentRootPath);
builder.Services.AddWebServices();

var app = builder.Build();
await app.Services.InitialiseInfrastructureAsync();
app.UseWebPipeline();
await app.RunAsync();

/// <summary>Entry point; public so functional tests can host it.</summary>
public partial class Program;

using Dicom.Clean.Api;
using Dicom.Clean.Api.Cli;
using Dicom.Clean.Api.Observability;
using Dicom.Clean.Api.Security;
using Dicom.Clean.Application;
using Dicom.Clean.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
AdminCommands.PrepareHost(builder, args);

builder.Services.AddApplication();
builder.Services.AddApplicationSecurity();
builder.Services.AddInfrastructure(builder.Environment.ContentRootPath);
builder.Services.AddInfrastructureSecurity(builder.Environment.ContentRootPath);
builder.Services.AddWebServices();
builder.Services.AddWebSecurity(builder.Configuration);
builder.Services.AddObservability(builder.Configuration);

var app = builder.Build();
if (AdminCommands.IsCommand(args))
{
    return await AdminCommands.RunAsync(app.Services, args);
}

await app.Services.InitialiseInfrastructureAsync();
await app.Services.InitialiseSecurityAsync();
app.UseWebPipeline();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so functional tests can host it.</summary>
public partial class Program;

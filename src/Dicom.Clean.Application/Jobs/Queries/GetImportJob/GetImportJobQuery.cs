using Mediator;

namespace Dicom.Clean.Application.Jobs.Queries.GetImportJob;

/// <summary>A job's report (<c>GET /jobs/{id}</c>); null when there is no such job.</summary>
/// <param name="Id">Job id.</param>
public sealed record GetImportJobQuery(string? Id) : IQuery<ImportJobDto?>;

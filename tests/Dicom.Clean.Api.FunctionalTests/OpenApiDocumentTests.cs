using System.Text.Json.Nodes;
using Dicom.Clean.Api.FunctionalTests.Support;

namespace Dicom.Clean.Api.FunctionalTests;

public sealed class OpenApiDocumentTests : ServiceFixture
{
    [Test]
    public async Task ServedDocument_EqualsCommittedDocument()
    {
        var committedPath = Path.Combine(RepositoryRoot(), "docs", "openapi", "v1.json");

        var served = JsonNode.Parse(await Client.GetStringAsync("/openapi/v1.json"));
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(committedPath));

        Assert.That(JsonNode.DeepEquals(served, committed), Is.True,
            "docs/openapi/v1.json is stale: run tests/Dicom.Clean.Api.FunctionalTests/Kiota/regenerate.sh and commit the result.");
    }

    [Test]
    public async Task ServedDocument_DeclaresProblemDocumentsForEveryErrorStatus()
    {
        var document = JsonNode.Parse(await Client.GetStringAsync("/openapi/v1.json"))!;

        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                foreach (var (status, response) in operation!["responses"]!.AsObject())
                {
                    // A HEAD answer has no body (tus's HEAD errors are status and headers only).
                    if (int.Parse(status, System.Globalization.CultureInfo.InvariantCulture) >= 400 && method != "head")
                    {
                        Assert.That(response!["content"]?["application/problem+json"], Is.Not.Null, $"{method} {path} {status}");
                    }
                }
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dicom.Clean.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Dicom.Clean.sln not found above the test directory.");
    }
}

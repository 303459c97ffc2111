using System.Reflection;
using System.Xml.Linq;
using NetArchTest.Rules;

namespace Dicom.Clean.Architecture.Tests;

/// <summary>Dependencies point inward: the toolkit and Domain depend on nothing of ours.</summary>
public sealed class LayerDependencyTests
{
    private const string Toolkit = "Dicom.Clean.Toolkit";
    private const string Domain = "Dicom.Clean.Domain";
    private const string Application = "Dicom.Clean.Application";
    private const string Infrastructure = "Dicom.Clean.Infrastructure";
    private const string Api = "Dicom.Clean.Api";

    private static readonly Assembly ToolkitAssembly = typeof(Toolkit.DicomTag).Assembly;
    private static readonly Assembly DomainAssembly = typeof(Domain.Instances.DicomInstance).Assembly;
    private static readonly Assembly ApplicationAssembly = typeof(Application.DependencyInjection).Assembly;
    private static readonly Assembly InfrastructureAssembly = typeof(Infrastructure.DependencyInjection).Assembly;

    [Test]
    public void Toolkit_DependsOnNothingOfOurs() =>
        AssertNoDependency(ToolkitAssembly, Domain, Application, Infrastructure, Api);

    [Test]
    public void Domain_DependsOnNothingOfOursNorOnFrameworks() =>
        AssertNoDependency(DomainAssembly, Toolkit, Application, Infrastructure, Api, "Microsoft.EntityFrameworkCore", "Mediator", "FluentValidation");

    [Test]
    public void Application_DependsOnDomainOnly() =>
        AssertNoDependency(ApplicationAssembly, Toolkit, Infrastructure, Api, "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore");

    [Test]
    public void Infrastructure_DoesNotDependOnApi() =>
        AssertNoDependency(InfrastructureAssembly, Api, "Microsoft.AspNetCore");

    [Test]
    public void Rules_SeeDependenciesThatExist() =>
        Assert.That(Types.InAssembly(InfrastructureAssembly).That().HaveDependencyOn(Application).GetTypes(), Is.Not.Empty);

    [TestCase("src/Dicom.Clean.Toolkit/Dicom.Clean.Toolkit.csproj")]
    [TestCase("src/Dicom.Clean.Domain/Dicom.Clean.Domain.csproj")]
    [TestCase("src/Dicom.Clean.Cli/Dicom.Clean.Cli.csproj")]
    public void InnermostProjects_ReferenceNoProject(string project) =>
        Assert.That(ProjectReferences(project), Is.Empty);

    [Test]
    public void ProjectReferences_PointInward()
    {
        Assert.That(ProjectReferences("src/Dicom.Clean.Application/Dicom.Clean.Application.csproj"), Is.EquivalentTo(new[] { Domain }));
        Assert.That(ProjectReferences("src/Dicom.Clean.Infrastructure/Dicom.Clean.Infrastructure.csproj"), Is.EquivalentTo(new[] { Application, Domain, Toolkit }));
        Assert.That(ProjectReferences("src/Dicom.Clean.Api/Dicom.Clean.Api.csproj"), Is.EquivalentTo(new[] { Application, Infrastructure }));
    }

    [Test]
    public void Toolkit_ReferencesNoPackageButSystemIoHashing()
    {
        var packages = XDocument.Load(Path.Combine(RepositoryRoot(), "src/Dicom.Clean.Toolkit/Dicom.Clean.Toolkit.csproj"))
            .Descendants("PackageReference").Select(e => (string?)e.Attribute("Include"));

        Assert.That(packages, Is.SubsetOf(new[] { "System.IO.Hashing" }));
    }

    [Test]
    public void Cli_TalksHttpOnly_ReferencingNoPackageButSpectreConsole()
    {
        var packages = XDocument.Load(Path.Combine(RepositoryRoot(), "src/Dicom.Clean.Cli/Dicom.Clean.Cli.csproj"))
            .Descendants("PackageReference").Select(e => (string?)e.Attribute("Include"));

        Assert.That(packages, Is.SubsetOf(new[] { "Spectre.Console" }));
    }

    [Test]
    public void Handlers_AndValidators_AreSealed()
    {
        var result = Types.InAssembly(ApplicationAssembly)
            .That().HaveNameEndingWith("Handler").Or().HaveNameEndingWith("Validator")
            .Should().BeSealed()
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    private static void AssertNoDependency(Assembly assembly, params string[] forbidden)
    {
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty, $"{assembly.GetName().Name} must not depend on {string.Join(", ", forbidden)}");
    }

    private static IEnumerable<string> ProjectReferences(string project) =>
        XDocument.Load(Path.Combine(RepositoryRoot(), project))
            .Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(((string?)e.Attribute("Include") ?? string.Empty).Replace('\\', '/')));

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

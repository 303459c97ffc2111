using Dicom.Clean.DictionaryGenerator;

// Generates the toolkit's dictionary source from DCMTK's dicom.dic and private.dic.
// Usage: dotnet run --project tools/Dicom.Clean.DictionaryGenerator [sharedDictionaryFolder] [outputFolder]
// Defaults: ../shared/dictionary beside the repository and src/Dicom.Clean.Toolkit/Dictionary/Generated.
var repositoryRoot = RepositoryLocator.FindRoot(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();
var input = args.Length > 0 ? args[0] : Path.Combine(repositoryRoot, "..", "shared", "dictionary");
var output = args.Length > 1 ? args[1] : Path.Combine(repositoryRoot, "src", "Dicom.Clean.Toolkit", "Dictionary", "Generated");

var standardPath = Path.Combine(input, "dicom.dic");
var privatePath = Path.Combine(input, "private.dic");
if (!File.Exists(standardPath) || !File.Exists(privatePath))
{
    Console.Error.WriteLine($"dicom.dic and private.dic not found in {Path.GetFullPath(input)}");
    return 1;
}

var standard = DicFileParser.ParseStandard(File.ReadAllLines(standardPath));
var privateEntries = DicFileParser.ParsePrivate(File.ReadAllLines(privatePath));

Directory.CreateDirectory(output);
File.WriteAllText(Path.Combine(output, "DicomTags.g.cs"), CSharpEmitter.EmitTags(standard));
File.WriteAllText(Path.Combine(output, "DicomDictionaryData.g.cs"), CSharpEmitter.EmitStandardData(standard));
File.WriteAllText(Path.Combine(output, "DicomPrivateDictionaryData.g.cs"), CSharpEmitter.EmitPrivateData(privateEntries));

Console.WriteLine($"{standard.Count} standard entries, {privateEntries.Count} private entries written to {Path.GetFullPath(output)}");
return 0;

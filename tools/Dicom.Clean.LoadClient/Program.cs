using Dicom.Clean.LoadClient;

// Usage (tests/e2e/kill-test.sh and load-test.sh run it):
//   post   --server URL --source DIR --acks FILE [--count 1000] [--clients 8] [--retry-seconds 180]
//   verify --server URL --acks FILE --blob-root DIR
//   load   --server URL --source DIR [--clients 8] [--duration 60]
// Every request carries X-Api-Key from DICOM_CLEAN_API_KEY when it is set.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Dicom.Clean.LoadClient post|verify|load --server URL ...");
    return 2;
}

var options = new Arguments(args.Skip(1));
return args[0] switch
{
    "post" => await PostCommand.RunAsync(options),
    "verify" => await VerifyCommand.RunAsync(options),
    "load" => await LoadCommand.RunAsync(options),
    _ => 2,
};

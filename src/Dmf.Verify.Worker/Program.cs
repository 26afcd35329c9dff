using System.Text;
using System.Text.Json;
using Dmf.Verify.Smt;

// One request per line on standard input, one response per line on standard output (WorkerProtocol); the first line
// written is the hello with Z3's version, or the reason libz3 could not be loaded (exit code 2). The argument is the
// caller's process id: if the caller dies while Z3 hangs (so standard input is never read to its end), a watchdog
// ends this process rather than leave it behind.
if (args.Length == 1 && int.TryParse(args[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int parent))
{
    new Thread(() => WorkerProtocol.WatchParent(parent)) { IsBackground = true, Name = "parent watchdog" }.Start();
}

var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
InProcessZ3 z3;
try
{
    z3 = InProcessZ3.Load();
}
catch (SmtUnavailableException exception)
{
    output.WriteLine(JsonSerializer.Serialize(new WorkerHello(null, exception.Message), WorkerProtocol.Options));
    return 2;
}

output.WriteLine(JsonSerializer.Serialize(new WorkerHello(z3.Version, null), WorkerProtocol.Options));
while (input.ReadLine() is { } line)
{
    var request = JsonSerializer.Deserialize<WorkerRequest>(line, WorkerProtocol.Options)!;
    output.WriteLine(JsonSerializer.Serialize(WorkerProtocol.Answer(z3, request), WorkerProtocol.Options));
}

return 0;

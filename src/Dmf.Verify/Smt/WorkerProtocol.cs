using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dmf.Verify.Smt;

/// <summary>The first line a worker writes: Z3's version, or why libz3 could not be loaded.</summary>
internal sealed record WorkerHello(string? Version, string? Error);

/// <summary>
/// One query for the worker: <c>check</c> (a script with one (check-sat), answered with status, model or reason, as
/// <see cref="InProcessZ3.Check"/>) or <c>evaluate</c> (everything Z3 prints, as <see cref="InProcessZ3.Evaluate"/>).
/// <see cref="InterruptMilliseconds"/> is when the worker calls Z3_interrupt itself (null: never; the caller kills it).
/// </summary>
internal sealed record WorkerRequest(string Kind, string Text, int? InterruptMilliseconds);

/// <summary>The worker's answer: a check's status, model and reason, an evaluation's output, or the error it raised.</summary>
internal sealed record WorkerResponse(SmtStatus? Status, string? Model, string? ReasonUnknown, long Milliseconds, string? Output, string? Error);

/// <summary>The JSON-lines protocol between <see cref="WorkerZ3"/> and the worker process (Dmf.Verify.Worker).</summary>
internal static class WorkerProtocol
{
    /// <summary>Compact camelCase JSON, enums as names: one message per line.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Ends the worker process (exit code 3) once the process <paramref name="parentId"/> is gone; polls every second.</summary>
    public static void WatchParent(int parentId)
    {
        while (true)
        {
            try
            {
                using var parent = System.Diagnostics.Process.GetProcessById(parentId);
                if (parent.HasExited)
                {
                    Environment.Exit(3);
                }
            }
            catch (ArgumentException)
            {
                Environment.Exit(3);
            }

            Thread.Sleep(1000);
        }
    }

    /// <summary>What the worker answers to <paramref name="request"/> (run in the worker process).</summary>
    public static WorkerResponse Answer(InProcessZ3 z3, WorkerRequest request)
    {
        int interrupt = request.InterruptMilliseconds ?? int.MaxValue;
        try
        {
            switch (request.Kind)
            {
                case "check":
                    var outcome = z3.CheckText(request.Text, interrupt);
                    return new WorkerResponse(outcome.Status, outcome.Model, outcome.ReasonUnknown, outcome.Milliseconds, null, null);
                case "evaluate":
                    return new WorkerResponse(null, null, null, 0, z3.Evaluate(request.Text, interrupt), null);
                default:
                    return new WorkerResponse(null, null, null, 0, null, $"unknown request kind '{request.Kind}'");
            }
        }
        catch (InvalidOperationException exception)
        {
            return new WorkerResponse(null, null, null, 0, null, exception.Message);
        }
    }
}

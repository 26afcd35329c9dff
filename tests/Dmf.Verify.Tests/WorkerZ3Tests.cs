using System.Diagnostics;
using Dmf.Symbolic.Exact;
using Dmf.Verify.Smt;
using Dmf.Verify.Verification;

namespace Dmf.Verify.Tests;

/// <summary>Z3 in worker processes: the answers of the in-process backend, and no query can outlive its budget.</summary>
public class WorkerZ3Tests
{
    private static SmtScript SquareRootQuery(string bound) => SmtQueries.SquareRootBelow(bound);

    /// <summary>The general form of lemma b1 at L = 5: Z3 4.8.12 does not finish it within 5 s (docs/lemma-audit.md).</summary>
    private static SmtScript HardQuery() => ScalarLemmas.For(5).Single(c => c.Name == "b1").Negation(new[] { "hard query" });

    [Fact]
    public void Workers_answer_as_the_in_process_backend()
    {
        using var workers = WorkerZ3.Start();
        var inProcess = InProcessZ3.Load();
        Assert.Equal(inProcess.Version, workers.Version);
        foreach (var bound in new[] { "1.5", "1.4" })
        {
            var expected = inProcess.Check(SquareRootQuery(bound), SmtBudget.Default);
            var actual = workers.Check(SquareRootQuery(bound), SmtBudget.Default);
            Assert.Equal(expected.Status, actual.Status);
            Assert.Equal(expected.Model, actual.Model);
        }

        Assert.Equal("unsat", workers.Evaluate(SquareRootQuery("1.4").ToText(SmtBudget.Default), 10_000, out var failure)!.Trim());
        Assert.Null(failure);
        Assert.Throws<InvalidOperationException>(() => workers.Check(new SmtScript(new[] { "bad" }, "QF_NRA", Array.Empty<SmtConstant>(), new[] { Terms.Greater(Terms.Real("undeclared"), Terms.Number(0)) }), SmtBudget.Default));
    }

    [Fact]
    public void Parallel_callers_get_a_worker_each_and_the_same_answers()
    {
        using var workers = WorkerZ3.Start();
        var statuses = Enumerable.Range(0, 12).AsParallel().WithDegreeOfParallelism(3)
            .Select(i => workers.Check(SquareRootQuery(i % 2 == 0 ? "1.5" : "1.4"), SmtBudget.Default).Status).ToList();
        Assert.Equal(Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? SmtStatus.Sat : SmtStatus.Unsat), statuses);
        Assert.InRange(workers.WorkerProcessIds.Count, 1, 3);
    }

    [Fact]
    public void A_worker_that_does_not_answer_is_killed_at_the_limit_and_the_next_query_gets_a_fresh_one()
    {
        // The worker is told not to interrupt Z3, as if its timer had deadlocked: only the kill can end the query.
        using var workers = WorkerZ3.Create(null, interruptInWorker: false);
        var budget = new SmtBudget(0, 600_000, 500, 1);
        var clock = Stopwatch.StartNew();
        var outcome = workers.Check(HardQuery(), budget);
        clock.Stop();
        Assert.Equal(SmtStatus.Unknown, outcome.Status);
        Assert.Contains("did not answer within 2500 ms and was killed", outcome.ReasonUnknown);
        Assert.InRange(clock.ElapsedMilliseconds, 2000, 20_000);
        Assert.Empty(workers.WorkerProcessIds);
        Assert.Equal(SmtStatus.Unsat, workers.Check(SquareRootQuery("1.4"), SmtBudget.Default).Status);
        Assert.Single(workers.WorkerProcessIds);
    }

    [Fact]
    public void A_query_that_cannot_finish_in_its_budget_ends_as_unknown_on_time()
    {
        using var workers = WorkerZ3.Start();
        var clock = Stopwatch.StartNew();
        var outcome = workers.Check(HardQuery(), new SmtBudget(0, 600_000, 1000, 1));
        Assert.Equal(SmtStatus.Unknown, outcome.Status);
        Assert.True(clock.ElapsedMilliseconds < 1000 + WorkerZ3.KillGraceMilliseconds + 5000, $"{clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task A_crashed_worker_gives_unknown_and_is_replaced()
    {
        using var workers = WorkerZ3.Create(null, interruptInWorker: false);
        int pid = Assert.Single(workers.WorkerProcessIds);
        var running = Task.Run(() => workers.Check(HardQuery(), new SmtBudget(0, 600_000, 60_000, 1)));
        await Task.Delay(500);
        Process.GetProcessById(pid).Kill();
        var outcome = await running.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(SmtStatus.Unknown, outcome.Status);
        Assert.Contains("exited", outcome.ReasonUnknown);
        Assert.Equal(SmtStatus.Sat, workers.Check(SquareRootQuery("1.5"), SmtBudget.Default).Status);
        Assert.DoesNotContain(pid, workers.WorkerProcessIds);
    }

    [Fact]
    public void A_worker_whose_caller_died_exits_by_itself()
    {
        // The "caller" is a short-lived process; the worker's standard input stays open (as if Z3 hung), so only the
        // watchdog can end it.
        using var caller = Process.Start(new ProcessStartInfo("sleep", "1") { UseShellExecute = false })!;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Dmf.Verify.Worker.dll"));
        start.ArgumentList.Add(caller.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var worker = Process.Start(start)!;
        Assert.StartsWith("{\"version\":\"Z3 4.", worker.StandardOutput.ReadLine());
        caller.WaitForExit();
        Assert.True(worker.WaitForExit(15_000), "the worker outlived its caller");
        Assert.Equal(3, worker.ExitCode);
    }
}

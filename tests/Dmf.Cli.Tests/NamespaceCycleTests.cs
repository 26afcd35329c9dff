using System.Reflection;

namespace Dmf.Cli.Tests;

/// <summary>
/// The namespaces of each library form no cycle (docs/architecture.md): every reference between two namespaces of one
/// assembly — in signatures, fields, locals and method bodies — points one way, so each folder can be read knowing only
/// the folders below it.
/// </summary>
public class NamespaceCycleTests
{
    public static TheoryData<string> Assemblies => new() { "Dmf.Symbolic", "Dmf.Emission", "Dmf.Verify", "Dmf.Kernels", "Dmf.Plots", "dmf" };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void The_namespaces_of_an_assembly_form_no_cycle(string name)
    {
        var edges = NamespaceGraph.Of(Assembly.Load(name));
        var cycles = NamespaceGraph.Cycles(edges);
        string Explain(IReadOnlyList<string> cycle) => string.Join("; ", edges.Where(e => cycle.Contains(e.Key.From) && cycle.Contains(e.Key.To)).Select(e => $"{e.Key.From} -> {e.Key.To} ({e.Value})"));
        Assert.True(cycles.Count == 0, string.Join("\n", cycles.Select(Explain)));
    }

    [Fact]
    public void A_cycle_is_found_where_there_is_one()
    {
        var edges = new Dictionary<(string From, string To), string> { [("A", "B")] = "a", [("B", "C")] = "b", [("C", "A")] = "c", [("C", "D")] = "d" };
        var cycle = Assert.Single(NamespaceGraph.Cycles(edges));
        Assert.Equal(new[] { "A", "B", "C" }, cycle);
        Assert.Empty(NamespaceGraph.Cycles(new Dictionary<(string From, string To), string> { [("A", "B")] = "a", [("B", "C")] = "b" }));
    }
}

using Dmf.Plots;

namespace Dmf.Cli.Tests;

/// <summary>The layout rules of the pictures: labels never overlap or leave the plot, tick labels read at every scale.</summary>
public class PictureLayoutTests
{
    [Fact]
    public void Labels_never_overlap_each_other_a_point_or_a_line_and_stay_inside()
    {
        // 200 crowded points on two branches, as the roots of 200 close values lie.
        var random = new Random(7);
        var requests = Enumerable.Range(0, 200)
            .Select(i => new LabelPlacement.Request(i % 2 == 0 ? 100 + random.Next(200) : 300 + random.Next(200), 50 + random.Next(500), 70, 16, i % 2 == 0))
            .ToList();
        var area = new LabelPlacement.Box(50, 40, 560, 560);
        var line = new LabelPlacement.Box(50, 299, 560, 301);
        var boxes = LabelPlacement.Place(requests, area, new[] { line });
        var placed = boxes.Where(b => b is not null).Select(b => b!.Value).ToList();
        Assert.InRange(placed.Count, 10, 199);
        for (int i = 0; i < placed.Count; i++)
        {
            Assert.True(placed[i].Inside(area));
            Assert.False(placed[i].Overlaps(line));
            for (int j = i + 1; j < placed.Count; j++)
            {
                Assert.False(placed[i].Overlaps(placed[j]));
            }
        }

        foreach (var request in requests)
        {
            var point = new LabelPlacement.Box(request.X - 6, request.Y - 6, request.X + 6, request.Y + 6);
            Assert.DoesNotContain(placed, box => box.Overlaps(point));
        }
    }

    [Fact]
    public void A_label_sits_at_its_point_on_its_side_when_there_is_room()
    {
        var boxes = LabelPlacement.Place(new[] { new LabelPlacement.Request(300, 300, 80, 16, PreferLeft: true) }, new LabelPlacement.Box(0, 0, 600, 600), Array.Empty<LabelPlacement.Box>());
        Assert.Equal(new LabelPlacement.Box(214, 278, 294, 294), boxes[0]);

        // At the left edge it goes to the other side rather than out of the picture.
        var edge = LabelPlacement.Place(new[] { new LabelPlacement.Request(20, 300, 80, 16, PreferLeft: true) }, new LabelPlacement.Box(0, 0, 600, 600), Array.Empty<LabelPlacement.Box>());
        Assert.Equal(26, edge[0]!.Value.Left);
    }

    [Theory]
    [InlineData(0.30000000000000004, 1.0, "0.3")]
    [InlineData(-1.1102230246251565E-16, 2.0, "0")]
    [InlineData(2.9999999999999996, 10.0, "3")]
    [InlineData(12500.0, 50000.0, "12,500")]
    [InlineData(5E-301, 2E-300, "5E-301")]
    [InlineData(1.0000000000000002E-300, 2E-300, "1E-300")]
    [InlineData(0.125, 1.0, "0.125")]
    [InlineData(100.05, 0.2, "100.05")]
    public void Tick_labels_read_at_every_scale(double value, double span, string label) =>
        Assert.Equal(label, PngRendering.Label(value, span));
}

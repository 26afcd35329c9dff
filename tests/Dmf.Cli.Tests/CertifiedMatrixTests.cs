namespace Dmf.Cli.Tests;

/// <summary>
/// `dmf analyze --y-matrix` on float data past the exact path's budget: certified verdicts, stated in every format;
/// a value the enclosures cannot separate from a threshold is named, with exit code 4 — never a guess.
/// </summary>
public class CertifiedMatrixTests
{
    [Fact]
    public void A_float_npy_gets_certified_verdicts_in_text_and_json()
    {
        var y = Gaussian(160, 120, seed: 1);
        var path = Write("y.npy", MatrixInputTests.Npy(y, fortran: false, endian: '<'));
        var text = CliRunner.Run("analyze", "--y-matrix", path, "--lambda", "1", "--no-numeric", "--limit", "2");
        Assert.True(text.ExitCode == 0, text.Error);
        Assert.Contains("Established: certified (every singular value of Y proved within", text.Output, StringComparison.Ordinal);
        Assert.Contains("certified: floating SVD", text.Output, StringComparison.Ordinal);
        var json = CliRunner.Run("analyze", "--y-matrix", path, "--lambda", "1", "--no-numeric", "--limit", "2", "--json");
        Assert.Contains("\"establishment\": \"certified\"", json.Output, StringComparison.Ordinal);
        Assert.Contains("\"certifiedRadius\": ", json.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_verification_over_certified_values_proves_every_listed_type()
    {
        // One entry of 1e-300 makes the exact spectrum's integers about 1000 bits long (estimated past the exact path's
        // budget even at 10 x 10), so the values are certified; --exact then proves every claim for every y in the enclosures.
        var y = Gaussian(10, 10, seed: 5);
        y[0, 0] = 1e-300;
        var path = Write("tiny.npy", MatrixInputTests.Npy(y, fortran: false, endian: '<'));
        var result = CliRunner.Run("analyze", "--depth", "3", "--lambda", "1,1,1", "--y-matrix", path, "--no-numeric", "--limit", "1", "--exact");
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("Established: certified", result.Output, StringComparison.Ordinal);
        Assert.Contains(" verified, 0 refuted, 0 unknown, 0 vacuous.", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("exact (Z3): unknown", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_verification_estimated_past_its_budget_is_refused_before_any_claim()
    {
        var random = new Random(30);
        var rows = Enumerable.Range(0, 30).Select(_ => string.Join(",", Enumerable.Range(0, 30).Select(_ => random.Next(-9, 10).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var path = Write("int30.csv", System.Text.Encoding.ASCII.GetBytes(string.Join("\n", rows) + "\n"));
        var result = CliRunner.Run("analyze", "--y-matrix", path, "--no-numeric", "--limit", "1", "--exact", "--exact-budget", "10");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Matches(@"--exact on the \d+ listed types is estimated at about \d+ claims, \d+ s, beyond the budget of 10 s", result.Error);
        var misplaced = CliRunner.Run("analyze", "--exact-budget", "10");
        Assert.Equal(2, misplaced.ExitCode);
        Assert.Contains("--exact-budget limits --exact; add --exact", misplaced.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_savetxt_file_is_certified_with_its_decimals_rounding_carried()
    {
        // np.savetxt's default: "%.18e", space-separated. The decimals are not doubles: their rounding joins the bound.
        var y = Gaussian(120, 100, seed: 6);
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < 120; i++)
        {
            text.AppendLine(string.Join(" ", Enumerable.Range(0, 100).Select(j => y[i, j].ToString("0.000000000000000000e+00", System.Globalization.CultureInfo.InvariantCulture))));
        }

        var path = Write("y.txt", System.Text.Encoding.ASCII.GetBytes(text.ToString()));
        var result = CliRunner.Run("analyze", "--y-matrix", path, "--lambda", "1", "--no-numeric", "--limit", "1");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Established: certified", result.Output, StringComparison.Ordinal);
        Assert.Contains("the entries' rounding to doubles, at most", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_exactly_at_the_threshold_in_a_large_float_matrix_is_undecided_with_exit_code_4()
    {
        // Block diagonal: a Gaussian 200 × 200 block (its exact spectrum far beyond the budget) and the 2 × 2 block
        // H·diag(2, 1)·H/2 (H the 2 × 2 Hadamard matrix), whose singular value 2 is exactly sqrt(lambda) for L = 2, lambda = 4.
        var y = WithValueTwo(Gaussian(200, 200, seed: 2));
        var path = Write("edge.npy", MatrixInputTests.Npy(y, fortran: false, endian: '<'));
        var result = CliRunner.Run("analyze", "--depth", "2", "--y-matrix", path, "--lambda", "2,2", "--no-numeric");
        Assert.Equal(4, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("undecided at this precision: y_", result.Error, StringComparison.Ordinal);
        Assert.Contains("cannot be separated from sqrt(lambda) = 2", result.Error, StringComparison.Ordinal);
        Assert.Contains("the exact spectrum is estimated at", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_the_enclosures_cannot_decide_and_the_exact_path_is_within_budget_it_is_taken()
    {
        // The same construction with an 82 × 82 block: certified first (its exact spectrum is estimated above 1 s), the
        // value 2 = sqrt(lambda) undecided, then the exact path (estimated within 30 s) decides it: y = 2 exactly.
        var y = WithValueTwo(Gaussian(82, 82, seed: 3));
        var path = Write("escalate.npy", MatrixInputTests.Npy(y, fortran: false, endian: '<'));
        var result = CliRunner.Run("analyze", "--depth", "2", "--y-matrix", path, "--lambda", "2,2", "--no-numeric", "--only", "minimizers");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Established: exact", result.Output, StringComparison.Ordinal);
        Assert.Contains("taken because the certified enclosures could not decide: y_", result.Output, StringComparison.Ordinal);
        Assert.Contains("cannot be separated from sqrt(lambda) = 2", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_matrix_whose_losses_would_leave_the_double_range_is_refused_in_one_line()
    {
        var y = Gaussian(6, 5, seed: 4);
        y[0, 0] = 1e300;
        var result = CliRunner.Run("analyze", "--y-matrix", Write("huge.npy", MatrixInputTests.Npy(y, fortran: false, endian: '<')), "--lambda", "1", "--no-numeric");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("dmf: Y's Frobenius norm is about 1E+300, above 1e154", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Entries_spanning_ten_to_the_plus_and_minus_150_are_undecided_not_guessed()
    {
        // One entry at 1e150 dwarfs the rest: the other values' enclosures are about 1e136 wide, and the exact path's
        // integers would have about a thousand bits — estimated far beyond the budget, so exit 4 at once.
        var y = Gaussian(40, 30, seed: 5);
        y[0, 0] = 1e150;
        y[1, 1] = 1e-150;
        var result = CliRunner.Run("analyze", "--y-matrix", Write("span.npy", MatrixInputTests.Npy(y, fortran: false, endian: '<')), "--lambda", "1", "--no-numeric");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("undecided at this precision: y_2 in [0.000000000000000, ", result.Error, StringComparison.Ordinal);
        Assert.Contains("the exact spectrum is estimated at", result.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// diag(<paramref name="block"/>, H·diag(2, 1)·H/2) with H the 2 × 2 Hadamard matrix ([[1.5, 0.5], [0.5, 1.5]], exact in
    /// doubles): its singular values are the block's, 2 and 1 — 2 exactly sqrt(lambda) for L = 2, lambda = 4.
    /// </summary>
    private static double[,] WithValueTwo(double[,] block)
    {
        int n = block.GetLength(0);
        var y = new double[n + 2, n + 2];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                y[i, j] = block[i, j];
            }
        }

        y[n, n] = 1.5;
        y[n, n + 1] = 0.5;
        y[n + 1, n] = 0.5;
        y[n + 1, n + 1] = 1.5;
        return y;
    }

    /// <summary>Standard normal entries (Box–Muller, seeded).</summary>
    private static double[,] Gaussian(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        var y = new double[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                y[i, j] = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            }
        }

        return y;
    }

    private static string Write(string name, byte[] content)
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("dmf-certified-").FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}

namespace Dmf.Cli.Tests;

/// <summary>
/// Issue 16's suite of bad and extreme inputs, every command: each line is an exit code, a command line and, for exit
/// code 2, the one line it must print on standard error (naming the bad value; no stack trace, no "internal error").
/// Valid extreme inputs (depth 1000, λ = 10^±100, values within rounding of a threshold, 1000 digits) must answer with
/// their exit code, nothing on standard error, and never the internal-error code 3.
/// </summary>
public class HostileInputTests
{
    private const string Table = """
    2	analyze --lambda 0	dmf: --lambda: lambda_1 must be positive, got 0
    2	analyze --lambda -1	dmf: --lambda: lambda_1 must be positive, got -1
    2	analyze --lambda abc	dmf: --lambda: 'abc' is not a number (expected forms like 2, -3/4, 0.125 or 1.5e-3)
    2	analyze --lambda 1/0	dmf: --lambda: '1/0' has a zero denominator
    2	analyze --lambda	dmf: --lambda needs a value (l1,...,lL) (see 'dmf analyze --help')
    2	analyze --lambda 1,,2	dmf: --lambda has an empty entry in '1,,2' (expected comma-separated numbers like 2,1.6)
    2	analyze --lambda NaN	dmf: --lambda: 'NaN' is not a number (expected forms like 2, -3/4, 0.125 or 1.5e-3)
    2	analyze --lambda inf	dmf: --lambda: 'inf' is not a number (expected forms like 2, -3/4, 0.125 or 1.5e-3)
    2	analyze --lambda 1e400	dmf: --lambda: '1e400' has too many digits for exact work (at most 120 in numerator and denominator)
    2	analyze --lambda 0.5,0.8	dmf: --lambda needs one value per layer: depth 3 needs 3 values (or one for all), got 2 ('0.5,0.8')
    2	analyze --lambda 0.5,0.8,1,2	dmf: --lambda needs one value per layer: depth 3 needs 3 values (or one for all), got 4 ('0.5,0.8,1,2')
    2	analyze --y -2	dmf: singular value y_1 must be nonnegative, got -2
    2	analyze --y NaN	dmf: --y: 'NaN' is not a number (expected forms like 2, -3/4, 0.125 or 1.5e-3)
    2	analyze --y 2,x	dmf: --y: 'x' is not a number (expected forms like 2, -3/4, 0.125 or 1.5e-3)
    2	analyze --y	dmf: --y needs a value (y1,...,yk) (see 'dmf analyze --help')
    2	analyze --y 2;1	dmf: --y: '2;1' is not a number (expected forms like 2, -3/4, 0.125 or 1.5e-3)
    2	analyze --widths 0,2,2,2	dmf: --widths must be between 1 and 8192 (width d_0), got 0
    2	analyze --widths 2,2,2	dmf: --widths needs L + 1 = 4 values d_0,...,d_L for depth 3, got 3 ('2,2,2')
    2	analyze --widths a,b,c,d	dmf: --widths expects an integer (width d_0), got 'a'
    2	analyze --widths 2,2,2,99999	dmf: --widths must be between 1 and 8192 (width d_3), got 99999
    2	analyze --widths -1,2,2,2	dmf: --widths must be between 1 and 8192 (width d_0), got -1
    2	analyze --depth 1 --lambda 1	dmf: --depth must be between 2 and 1000 (the depth L), got 1
    2	analyze --depth 1001 --lambda 1	dmf: --depth must be between 2 and 1000 (the depth L), got 1001
    2	analyze --depth x --lambda 1	dmf: --depth expects an integer (the depth L), got 'x'
    2	analyze --depth 2.5 --lambda 1	dmf: --depth expects an integer (the depth L), got '2.5'
    2	analyze --depth -3 --lambda 1	dmf: --depth must be between 2 and 1000 (the depth L), got -3
    2	analyze --depth 4	dmf: --lambda is needed for depth 4: one value for every layer, or 4 values
    2	analyze --limit 0	dmf: --limit must be between 1 and 10000000 (how many types to list), got 0
    2	analyze --limit -1	dmf: --limit must be between 1 and 10000000 (how many types to list), got -1
    2	analyze --limit x	dmf: --limit expects an integer (how many types to list), got 'x'
    2	analyze --limit 1e20	dmf: --limit expects an integer (how many types to list), got '1e20'
    2	analyze --limit 99999999999	dmf: --limit must be between 1 and 10000000 (how many types to list), got 99999999999
    2	analyze --only maxima	dmf: --only expects all, minimizers or saddles, got 'maxima'
    2	analyze --only	dmf: --only needs a value (all|minimizers|saddles) (see 'dmf analyze --help')
    2	analyze --digits 0	dmf: --digits must be between 1 and 30 (digits after the decimal point), got 0
    2	analyze --digits 31	dmf: --digits must be between 1 and 30 (digits after the decimal point), got 31
    2	analyze --digits x	dmf: --digits expects an integer (digits after the decimal point), got 'x'
    2	analyze --seed -1	dmf: --seed must be between 0 and 2147483647 (the seed of the random orthogonal factors), got -1
    2	analyze --seed x	dmf: --seed expects an integer (the seed of the random orthogonal factors), got 'x'
    2	analyze --dense-limit 0	dmf: --dense-limit must be between 1 and 4000 (parameters for a dense spectrum), got 0
    2	analyze --dense-limit 5000	dmf: --dense-limit must be between 1 and 4000 (parameters for a dense spectrum), got 5000
    2	analyze --smt-out /tmp/w/smtdir	dmf: --smt-out saves the queries of --exact; add --exact
    2	analyze --timeout-ms 100	dmf: --timeout-ms sets the solvers of --exact; add --exact
    2	analyze --exact --timeout-ms -5	dmf: --timeout-ms must be between 1 and 3600000 (Z3's timeout per query), got -5
    2	analyze --exact --timeout-ms x	dmf: --timeout-ms expects an integer (Z3's timeout per query), got 'x'
    2	analyze --exact --second-solver bogus	dmf: --second-solver must be auto, cvc5 or none, got 'bogus'
    2	analyze --out	dmf: --out needs a value (report.md|report.html) (see 'dmf analyze --help')
    2	analyze --out /nonexistent-dir/report.md	dmf: --out: cannot write '/nonexistent-dir/report.md': the directory '/nonexistent-dir' does not exist
    2	analyze --out /tmp	dmf: --out: cannot write '/tmp': it is a directory
    2	analyze --y-matrix /nonexistent/y.csv	dmf: --y-matrix: cannot read '/nonexistent/y.csv': no such directory
    2	analyze --audit --only saddles	dmf: --audit checks every type; it cannot be combined with --only
    2	analyze --limt 3	dmf: unknown option '--limt' for 'dmf analyze'; did you mean '--limit'? (see 'dmf analyze --help')
    2	analyz	dmf: unknown command 'analyz' for dmf; did you mean 'analyze'? (commands: analyze, audit, descend, sweep, plot, roots, derive, generate, smt) (see 'dmf --help')
    2	analyze extra	dmf: unknown argument 'extra' for 'dmf analyze' (see 'dmf analyze --help')
    2	analyze --depth 20 --lambda 1	dmf: the numeric check runs on generated kernels for depths 2..16; use --no-numeric for depth 20
    0	analyze --depth 17 --lambda 1 --no-numeric --y 2	
    0	analyze --y 2,1.6 --widths 2,2,2,2 --lambda 1e-100,1,1	
    0	analyze --lambda 1e100,1,1 --y 1e-100,1	
    0	analyze --depth 2 --lambda 0.6,0.9 --y 2,1.2,0.734846922834953	
    0	analyze --y 0,0	
    2	analyze --y 1e-300,1	dmf: --y: '1e-300' has too many digits for exact work (at most 120 in numerator and denominator)
    2	analyze --lambda 1e-300 --no-numeric	dmf: --lambda: '1e-300' has too many digits for exact work (at most 120 in numerator and denominator)
    0	analyze --widths 1,1,1,1 --y 5	
    2	analyze --widths 4096,1,1,4096 --no-numeric --y 1	dmf: Y has min(d_0, d_L) = min(4096, 4096) = 4096 singular values, but 1 were given
    2	roots --depth 1	dmf: --depth must be between 2 and 1000 (the depth L), got 1
    2	roots --depth 1001 --lambda 1 --y 2	dmf: --depth must be between 2 and 1000 (the depth L), got 1001
    2	roots --depth x	dmf: --depth expects an integer (the depth L), got 'x'
    2	roots --lambda 0	dmf: --lambda: lambda_1 must be positive, got 0
    2	roots --lambda -1	dmf: --lambda: lambda_1 must be positive, got -1
    2	roots --lambda a	dmf: --lambda: 'a' is not a number (expected forms like 2, -3/4, 0.125 or 1.5e-3)
    2	roots --y -1	dmf: --y: singular values must be nonnegative, got -1
    2	roots --y x	dmf: --y: 'x' is not a number (expected forms like 2, -3/4, 0.125 or 1.5e-3)
    2	roots --y	dmf: --y needs a value (y1,...,yk) (see 'dmf roots --help')
    2	roots --digits 0	dmf: --digits must be between 1 and 1000 (digits after the decimal point), got 0
    2	roots --digits 1001	dmf: --digits must be between 1 and 1000 (digits after the decimal point), got 1001
    2	roots --digits x	dmf: --digits expects an integer (digits after the decimal point), got 'x'
    2	roots --depth 1000 --lambda 1 --y 2 --digits 100	dmf: --digits: 100 digits at depth 1000 is more than runs in seconds (depth x digits <= 30,000): at most 30 digits at this depth
    2	roots --depth 4	dmf: --lambda is needed for depth 4: one value for every layer, or 4 values
    0	roots --depth 5 --lambda 0.5	
    2	roots --bogus	dmf: unknown option '--bogus' for 'dmf roots' (see 'dmf roots --help')
    2	roots --depht 3	dmf: unknown option '--depht' for 'dmf roots'; did you mean '--depth'? (see 'dmf roots --help')
    2	audit --depth 2...4	dmf: --depth expects L or a range A..B (e.g. 2..8), got '2...4'
    2	audit --depth ..3	dmf: --depth expects L or a range A..B (e.g. 2..8), got '..3'
    2	audit --depth 5..2	dmf: --depth expects L or a range A..B with A <= B, got '5..2'
    2	audit --depth x	dmf: --depth expects L or a range A..B (e.g. 2..8), got 'x'
    2	audit --depth 1..3	dmf: --depth must be between 2 and 32 (the depth L), got 1
    2	audit --depth 2..1001	dmf: --depth must be between 2 and 32 (the depth L), got 1001
    2	audit --depth	dmf: --depth needs a value (L|A..B) (see 'dmf audit --help')
    2	audit --timeout-ms -5	dmf: --timeout-ms must be between 1 and 3600000 (Z3's timeout per query), got -5
    2	audit --timeout-ms x	dmf: --timeout-ms expects an integer (Z3's timeout per query), got 'x'
    2	audit --bogus	dmf: unknown option '--bogus' for 'dmf audit' (see 'dmf audit --help')
    2	descend --runs 0	dmf: --runs must be between 1 and 100000 (number of descents), got 0
    2	descend --runs -1	dmf: --runs must be between 1 and 100000 (number of descents), got -1
    2	descend --runs x	dmf: --runs expects an integer (number of descents), got 'x'
    2	descend --runs 100000000	dmf: --runs must be between 1 and 100000 (number of descents), got 100000000
    2	descend --optimizer bogus	dmf: --optimizer expects gd, lbfgs or constant, got 'bogus'
    2	descend --optimizer	dmf: --optimizer needs a value (gd|lbfgs|constant) (see 'dmf descend --help')
    2	descend --steps 0	dmf: unknown option '--steps' for 'dmf descend'; did you mean '--step'? (see 'dmf descend --help')
    2	descend --steps x	dmf: unknown option '--steps' for 'dmf descend'; did you mean '--step'? (see 'dmf descend --help')
    2	descend --learning-rate 0	dmf: unknown option '--learning-rate' for 'dmf descend' (see 'dmf descend --help')
    2	descend --learning-rate -1	dmf: unknown option '--learning-rate' for 'dmf descend' (see 'dmf descend --help')
    2	descend --learning-rate x	dmf: unknown option '--learning-rate' for 'dmf descend' (see 'dmf descend --help')
    2	descend --seed x	dmf: --seed expects an integer (the seed), got 'x'
    2	descend --out	dmf: --out needs a value (DIR) (see 'dmf descend --help')
    2	descend --out /dev/null/sub	dmf: --out: cannot create '/dev/null/sub': '/dev/null' is not a directory
    2	descend --lambda 0	dmf: --lambda: lambda_1 must be positive, got 0
    2	descend --y -1	dmf: singular value y_1 must be nonnegative, got -1
    2	descend --depth 17 --lambda 1	dmf: descents run on generated kernels for depths 2..16; got depth 17
    2	descend --bogus	dmf: unknown option '--bogus' for 'dmf descend' (see 'dmf descend --help')
    2	plot	dmf: 'dmf plot' needs a command: roots, phase, slice, descent (see 'dmf plot --help')
    2	plot bogus	dmf: unknown command 'bogus' for 'dmf plot' (commands: roots, phase, slice, descent) (see 'dmf plot --help')
    2	plot roots --lambda 0	dmf: --lambda: lambda_1 must be positive, got 0
    2	plot roots --y -1	dmf: singular value y_1 must be nonnegative, got -1
    2	plot roots --depth 1	dmf: --depth must be between 2 and 1000 (the depth L), got 1
    2	plot roots -o	dmf: --out needs a value (FILE) (see 'dmf plot roots --help')
    2	plot roots -o /nonexistent-dir/x.png	dmf: --out: cannot write '/nonexistent-dir/x.png': the directory '/nonexistent-dir' does not exist
    2	plot roots --width 0	dmf: --width must be between 200 and 4000 (picture width in pixels), got 0
    2	plot roots --width x	dmf: --width expects an integer (picture width in pixels), got 'x'
    2	plot roots --height 100000	dmf: --height must be between 200 and 4000 (picture height in pixels), got 100000
    2	plot phase --lambda -1	dmf: --lambda: lambda_1 must be positive, got -1
    2	plot phase -o /nonexistent-dir/x.png	dmf: --out: cannot write '/nonexistent-dir/x.png': the directory '/nonexistent-dir' does not exist
    2	plot slice --radius 0	dmf: --radius expects a positive finite number, got '0'
    2	plot slice --radius -1	dmf: --radius expects a positive finite number, got '-1'
    2	plot slice --radius x	dmf: --radius expects a positive finite number, got 'x'
    2	plot slice --type bogus	dmf: --type: 'bogus' is not a critical-point type of this instance (analyze prints each row's type, e.g. [x+, x-])
    2	plot slice --type [x+,x-] --radius 1e308	dmf: --radius 1e308: F leaves the range of doubles within distance 1E+308 of the point, so the slice cannot be drawn; use a smaller radius
    2	plot slice --resolution 0	dmf: unknown option '--resolution' for 'dmf plot slice' (see 'dmf plot slice --help')
    2	plot slice --resolution 100000	dmf: unknown option '--resolution' for 'dmf plot slice' (see 'dmf plot slice --help')
    2	plot descent --runs 0	dmf: --runs must be between 1 and 100000 (number of descents), got 0
    2	plot descent -o	dmf: --out needs a value (FILE) (see 'dmf plot descent --help')
    2	plot --bogus	dmf: unknown option '--bogus' for 'dmf plot' (see 'dmf plot --help')
    2	derive --depth 0	dmf: --depth must be between 2 and 64 (the depth L), got 0
    2	derive --depth x	dmf: --depth expects an integer (the depth L), got 'x'
    2	derive --depth 1001	dmf: --depth must be between 2 and 64 (the depth L), got 1001
    2	derive --format bogus	dmf: --format must be text, ascii, latex, markdown or html, got 'bogus'
    2	derive --what bogus	dmf: --what must be gradient, hessian or all, got 'bogus'
    2	derive --bogus	dmf: unknown option '--bogus' for 'dmf derive' (see 'dmf derive --help')
    2	generate --depth 0	dmf: --depth must be between 2 and 64 (the depth L), got 0
    2	generate --depth x	dmf: --depth expects an integer (the depth L), got 'x'
    2	generate --depth 1	dmf: --depth must be between 2 and 64 (the depth L), got 1
    2	generate --depth 100000	dmf: --depth must be between 2 and 64 (the depth L), got 100000
    0	generate --depth 2 --widths 1291,1291,1291	
    2	generate --depth 2 --widths 0,1,1	dmf: --widths must be between 1 and 100000 (a width d_k), got 0
    2	generate --depth 2 --widths 1,1	dmf: --widths needs L + 1 = 3 values d_0,...,d_L for depth 2, got 2 ('1,1')
    2	generate -o	dmf: --out needs a value (FILE) (see 'dmf generate --help')
    2	generate -o /nonexistent-dir/k.cs	dmf: --out: cannot write '/nonexistent-dir/k.cs': the directory '/nonexistent-dir' does not exist
    2	generate --namespace 1bad	dmf: --namespace: '1bad' is not a valid C# namespace ('1bad' is not a C# identifier).
    2	generate --class	dmf: --class needs a value (C) (see 'dmf generate --help')
    2	generate --bogus	dmf: unknown option '--bogus' for 'dmf generate' (see 'dmf generate --help')
    2	smt	dmf: 'dmf smt' needs a command: check (see 'dmf smt --help')
    2	smt bogus	dmf: unknown command 'bogus' for 'dmf smt' (commands: check) (see 'dmf smt --help')
    2	smt check	dmf: 'dmf smt check' needs FILE (see 'dmf smt check --help')
    2	smt check /nonexistent/q.smt2	dmf: smt check: cannot read '/nonexistent/q.smt2': no such directory
    2	smt check /tmp	dmf: smt check: '/tmp' is a directory, not a file
    2	smt check --timeout-ms -1 /nonexistent/q.smt2	dmf: --timeout-ms must be between 1 and 3600000 (the wall-clock limit per file), got -1
    2	sweep --points 1	dmf: --points must be between 2 and 200 (grid points), got 1
    2	sweep --from 2 --to 1	dmf: --from must be below --to, got 2 and 1
    2	sweep --vary mu	dmf: --vary expects lambda, scale or step, got 'mu'
    2	sweep --runs 0	dmf: --runs must be between 1 and 100000 (number of descents), got 0
    2	derive --format html --all-depths x --check	dmf: --all-depths and --check do not combine: check one depth at a time
    2	bogus	dmf: unknown command 'bogus' for dmf (commands: analyze, audit, descend, sweep, plot, roots, derive, generate, smt) (see 'dmf --help')
    2	--versio	dmf: unknown option '--versio' for dmf; did you mean '--version'? (see 'dmf --help')
    2	help	dmf: unknown command 'help' for dmf; did you mean '--help'? (commands: analyze, audit, descend, sweep, plot, roots, derive, generate, smt) (see 'dmf --help')
    2	--help-me	dmf: unknown option '--help-me' for dmf; did you mean '--help'? (see 'dmf --help')
    0	analyze --lambda 1/3 --y 2,1.6 --depth 2 --widths 2,2,2 --no-numeric --limit 1	
    2	analyze --lambda 0x10	dmf: --lambda: '0x10' is not a number (expected forms like 2, -3/4, 0.125 or 1.5e-3)
    2	analyze --lambda 1e	dmf: --lambda: '1e' is not a number (expected forms like 2, -3/4, 0.125 or 1.5e-3)
    0	analyze --lambda .5	
    0	analyze --lambda 5.	
    0	analyze --lambda +0.5	
    0	analyze --lambda 0.5e-3	
    2	analyze --lambda 1_000	dmf: --lambda: '1_000' is not a number (expected forms like 2, -3/4, 0.125 or 1.5e-3)
    0	analyze --y 2,1.6,1 --widths 3,3,3,3	
    2	analyze --y 3,2,1 --widths 2,2,2,2	dmf: Y has min(d_0, d_L) = min(2, 2) = 2 singular values, but 3 were given
    0	analyze --depth 3 --widths 2,2,2,2 --y 2,1.6 --lambda 0.48,1,1 --json	
    2	analyze --widths 2,2,2,2 --y 2,1.6 --lambda 0.48,1 --no-numeric	dmf: --lambda needs one value per layer: depth 3 needs 3 values (or one for all), got 2 ('0.48,1')
    0	roots --depth 3 --lambda 0.48,1,1 --y 2,1.6 --json	
    2	roots --depth 3 --lambda 0.48,1 --y 2	dmf: --lambda needs one value per layer: depth 3 needs 3 values (or one for all), got 2 ('0.48,1')
    0	analyze --only minimizers --limit 1	
    0	analyze --only saddles --limit 1 --no-numeric	
    0	analyze --y 3,2.8,2.6,2.4,2.2 --lambda 0.5 --no-numeric --limit 3	
    0	analyze --depth 200 --lambda 1/100 --y 2,1.6 --no-numeric	
    0	analyze --depth 1000 --lambda 1/2 --y 2,1.6 --no-numeric	
    0	roots --depth 1000 --lambda 1 --y 2 --digits 30	
    0	roots --depth 100 --lambda 1 --y 2 --digits 300	
    0	roots --depth 3 --lambda 0.48 --y 2,1.6 --digits 1000	
    0	derive --depth 2	
    0	derive --depth 3 --format latex	
    0	generate --depth 3 -o -	
    0	audit --depth 2 --timeout-ms 5000	
    """;

    public static TheoryData<int, string, string> Cases()
    {
        var data = new TheoryData<int, string, string>();
        foreach (var line in Table.Split('\n'))
        {
            var fields = line.Split('\t');
            data.Add(int.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture), fields[1], fields.Length > 2 ? fields[2] : string.Empty);
        }

        return data;
    }

    [Fact]
    public void The_suite_has_at_least_150_inputs_over_every_command()
    {
        var commands = Cases().Select(c => ((string)c[1]).Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        Assert.True(Cases().Count() >= 150, $"{Cases().Count()} inputs");
        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "analyze", "audit", "descend", "plot", "roots", "derive", "generate", "smt" }, commands);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_input_gets_an_answer_or_one_clear_line(int exitCode, string commandLine, string message)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = CliRunner.Run(args);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal(exitCode, result.ExitCode);
        if (exitCode == 2)
        {
            Assert.Equal(message, result.Error.TrimEnd('\n'));
            Assert.Empty(result.Output);
        }
        else
        {
            Assert.Empty(result.Error);
        }
    }
}

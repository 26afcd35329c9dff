namespace Dmf.Cli.Tests;

public class DeriveCommandTests
{
    [Fact]
    public void Default_run_prints_gradient_and_Hessian_for_depth_3()
    {
        var result = CliRunner.Run("derive");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Contains("F for depth L = 3", result.Output);
        Assert.Contains("  ∇_{W₂}F = 2W₃ᵀEW₁ᵀ + 2λ₂W₂", result.Output);
        Assert.Contains("  d²F[Δ, Δ] = 2‖D‖² + 4⟨E, Δ₃Δ₂W₁ + Δ₃W₂Δ₁ + W₃Δ₂Δ₁⟩ + 2λ₁‖Δ₁‖² + 2λ₂‖Δ₂‖² + 2λ₃‖Δ₃‖²", result.Output);
        Assert.Contains("  (HV)₁ = ", result.Output);
        Assert.Contains("  E = W_{3:1} - Y", result.Output);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("4")]
    [InlineData("6")]
    public void Check_passes_with_a_small_error(string depth)
    {
        var result = CliRunner.Run("derive", "--depth", depth, "--check", "--format", "ascii");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"max relative error \d\.?\d?e-\d\d: ok \(tolerance 1e-06\)", result.Output);
    }

    [Fact]
    public void Gradient_only_lists_only_the_abbreviations_it_uses()
    {
        var result = CliRunner.Run("derive", "--depth", "3", "--what", "gradient", "--format", "ascii");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("grad_{W_1} F = 2*W_{3:2}^T*E + 2*lambda_1*W_1", result.Output);
        Assert.DoesNotContain("Hessian", result.Output);
        Assert.DoesNotContain("  D = ", result.Output);
    }

    [Fact]
    public void Hessian_only_omits_the_gradient()
    {
        var result = CliRunner.Run("derive", "--what", "hessian", "--format", "ascii");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("grad_", result.Output);
        Assert.Contains("d^2F[Delta, Delta] = 2*||D||_F^2", result.Output);
    }

    [Fact]
    public void Latex_is_an_align_block()
    {
        var result = CliRunner.Run("derive", "--depth", "2", "--format", "latex");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("\\begin{align*}\n", result.Output);
        Assert.EndsWith("\\end{align*}\n", result.Output);
        Assert.Contains("\\nabla_{W_{1}} F &= 2 W_{2}^{\\top} E + 2 \\lambda_{1} W_{1} \\\\", result.Output);
    }

    [Fact]
    public void Markdown_is_a_step_by_step_document()
    {
        var result = CliRunner.Run("derive", "--format", "markdown");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Derivatives of $F$ for depth $L = 3$", result.Output);
        foreach (var title in new[] { "The objective", "Take the differential", "Apply the product rule", "Move each $\\Delta_{l}$ out with the trace identity", "Read off the gradient", "Differentiate once more", "The Hessian-vector product" })
        {
            Assert.Contains(title, result.Output);
        }

        Assert.Contains("## Abbreviations", result.Output);

        // The prose uses the math's own symbols (inline LaTeX), not ASCII stand-ins.
        foreach (var ascii in new[] { "Delta_l", "d_(l-1)", "grad_", "lambda_l", "||", "<A," })
        {
            Assert.DoesNotContain(ascii, result.Output);
        }
    }

    [Fact]
    public void Steps_in_text()
    {
        var result = CliRunner.Run("derive", "--depth", "2", "--steps", "--what", "gradient");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Step 3. Apply the product rule", result.Output);
        Assert.Contains("    d(W_{2:1}) = Δ₂W₁ + W₂Δ₁", result.Output);
        Assert.Contains("    2⟨E, W₂Δ₁⟩ + 2λ₁⟨W₁, Δ₁⟩ = ⟨2W₂ᵀE + 2λ₁W₁, Δ₁⟩", result.Output);
    }

    [Theory]
    [InlineData(new[] { "derive", "--depth", "1" }, "--depth must be between 2 and 64")]
    [InlineData(new[] { "derive", "--depth", "65" }, "--depth must be between 2 and 64")]
    [InlineData(new[] { "derive", "--depth", "three" }, "--depth expects an integer")]
    [InlineData(new[] { "derive", "--what", "jacobian" }, "--what must be gradient, hessian or all, got 'jacobian'")]
    [InlineData(new[] { "derive", "--format", "pdf" }, "--format must be text, ascii, latex, markdown or html, got 'pdf'")]
    [InlineData(new[] { "derive", "--check", "--seed", "-1" }, "--seed must be between 0 and")]
    public void Bad_input_gives_one_line_and_exit_code_2(string[] args, string expected)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains(expected, result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void The_html_example_shows_the_global_minimizer_in_numbers_beside_its_formulas()
    {
        var result = CliRunner.Run("derive", "--format", "html", "--example");
        Assert.Equal(0, result.ExitCode);
        string page = result.Output;
        Assert.Contains("<li><a href=\"#example\">A worked example</a></li>", page, StringComparison.Ordinal);
        int start = page.IndexOf("<section id=\"example\">", StringComparison.Ordinal);
        Assert.True(start > 0 && start < page.IndexOf("<section id=\"kernels\">", StringComparison.Ordinal));
        string section = page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];

        // W_1 of [x+, 0] is diag(x+/sqrt(lambda_1), 0); F = 5.84752 by the kernels and in closed form; the gradient's
        // formula printed from the derivation; d2F along the balanced scaling (23.8932) and the swap, 4 p_1 (y_1 - y_2) = 2.04578.
        Assert.Contains("W_{1} = \\begin{pmatrix} 1.35821 &amp; 0 \\\\ 0 &amp; 0 \\end{pmatrix}", section, StringComparison.Ordinal);
        Assert.Contains("= 5.84752\\quad \\text{(closed form: } 5.84752\\text{)}", section, StringComparison.Ordinal);
        Assert.Contains("\\nabla_{W_{1}} F = 2 W_{3:2}^{\\top} E + 2 \\lambda_{1} W_{1}", section, StringComparison.Ordinal);
        Assert.Contains("d^2F[\\Delta, \\Delta] = 23.8932\\quad", section, StringComparison.Ordinal);
        Assert.Contains("d^2F[\\Delta, \\Delta] = 2.04578\\quad", section, StringComparison.Ordinal);
        Assert.Contains("type <code>[x+, 0]</code>", section, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "markdown", "--example adds a section to the HTML page: add --format html")]
    [InlineData("--depth", "17", "--example computes with the generated kernels, which exist for depths 2..16; got depth 17")]
    public void The_example_needs_html_and_kernels(string option, string value, string message)
    {
        var args = option == "--depth" ? new[] { "derive", "--format", "html", "--example", option, value } : new[] { "derive", "--example", option, value };
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("dmf: " + message + "\n", result.Error);
    }
}

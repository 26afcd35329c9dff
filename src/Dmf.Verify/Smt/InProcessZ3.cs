using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Dmf.Verify.Smt;

/// <summary>
/// Z3 in process through the system libz3 (Debian: libz3-4), spoken to in SMT-LIB2 text via Z3_eval_smtlib2_string.
/// Only Z3_mk_config, Z3_set_param_value, Z3_del_config, Z3_mk_context, Z3_del_context, Z3_eval_smtlib2_string, Z3_get_full_version,
/// Z3_global_param_set, Z3_global_param_reset_all and Z3_interrupt are used, plus Z3_set_error_handler to switch off the default handler, which
/// would end the process on a malformed query (an error then surfaces as an <see cref="InvalidOperationException"/>). Every <see cref="Check"/> runs in its own context, so one instance is
/// safe to use from many threads. A timer calls Z3_interrupt when the budget's wall-clock limit passes.
/// </summary>
internal sealed class InProcessZ3 : ISmtSolver
{
    /// <summary>The library names tried, in order.</summary>
    public static readonly IReadOnlyList<string> DefaultLibraryNames = new[] { "libz3.so.4", "libz3.so", "libz3" };

    private static readonly object LoadLock = new();

    // Z3 keeps the options a script sets with set-option (:timeout, :rlimit, :smt.random_seed, …) in process-wide
    // parameters, not in the context. Our own scripts (Check) all pin the same kinds of option and may run together;
    // a foreign script (Evaluate) runs alone, and the parameters are reset after it so nothing it set leaks on.
    private static readonly ReaderWriterLockSlim GlobalParameters = new(LockRecursionPolicy.NoRecursion);
    private static InProcessZ3? s_default;

    private readonly MakeConfig _makeConfig;
    private readonly DeleteConfig _deleteConfig;
    private readonly MakeContext _makeContext;
    private readonly DeleteContext _deleteContext;
    private readonly EvalString _eval;
    private readonly Interrupt _interrupt;
    private readonly SetErrorHandler _setErrorHandler;
    private readonly GlobalParamSet _setGlobal;
    private readonly GlobalParamResetAll _resetGlobals;
    private readonly SetParamValue _setParam;

    private InProcessZ3(IntPtr library)
    {
        _makeConfig = Export<MakeConfig>(library, "Z3_mk_config");
        _deleteConfig = Export<DeleteConfig>(library, "Z3_del_config");
        _makeContext = Export<MakeContext>(library, "Z3_mk_context");
        _deleteContext = Export<DeleteContext>(library, "Z3_del_context");
        _eval = Export<EvalString>(library, "Z3_eval_smtlib2_string");
        _interrupt = Export<Interrupt>(library, "Z3_interrupt");
        _setErrorHandler = Export<SetErrorHandler>(library, "Z3_set_error_handler");
        var version = Export<FullVersion>(library, "Z3_get_full_version");
        Version = "Z3 " + (Marshal.PtrToStringUTF8(version()) ?? "(unknown version)");
        _setGlobal = Export<GlobalParamSet>(library, "Z3_global_param_set");
        _resetGlobals = Export<GlobalParamResetAll>(library, "Z3_global_param_reset_all");
        _setParam = Export<SetParamValue>(library, "Z3_set_param_value");
        SetDefaultGlobals();
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr MakeConfig();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void DeleteConfig(IntPtr config);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr MakeContext(IntPtr config);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void DeleteContext(IntPtr context);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr EvalString(IntPtr context, [MarshalAs(UnmanagedType.LPUTF8Str)] string text);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr FullVersion();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void GlobalParamSet([MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void GlobalParamResetAll();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void SetParamValue(IntPtr config, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void Interrupt(IntPtr context);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void SetErrorHandler(IntPtr context, IntPtr handler);

    /// <inheritdoc/>
    public string Version { get; }

    /// <summary>The system libz3, loaded once; throws <see cref="SmtUnavailableException"/> saying what to install.</summary>
    public static InProcessZ3 Load() => Load(DefaultLibraryNames);

    /// <summary>Loads Z3 from the first of <paramref name="libraryNames"/> that loads (the default set is cached).</summary>
    public static InProcessZ3 Load(IReadOnlyList<string> libraryNames)
    {
        ArgumentNullException.ThrowIfNull(libraryNames);
        bool isDefault = ReferenceEquals(libraryNames, DefaultLibraryNames);
        lock (LoadLock)
        {
            if (isDefault && s_default is not null)
            {
                return s_default;
            }

            foreach (var name in libraryNames)
            {
                if (NativeLibrary.TryLoad(name, out var handle))
                {
                    var z3 = new InProcessZ3(handle);
                    if (isDefault)
                    {
                        s_default = z3;
                    }

                    return z3;
                }
            }
        }

        throw new SmtUnavailableException(
            $"Z3 is not available: none of {string.Join(", ", libraryNames)} could be loaded. Install the system library (Debian/Ubuntu: apt-get install libz3-4).");
    }

    /// <inheritdoc/>
    public SmtOutcome Check(SmtScript script, SmtBudget budget)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(budget);
        return CheckText(script.ToText(budget), budget.WallClockMilliseconds);
    }

    /// <summary>A script's text (one (check-sat)) with the follow-up, Z3_interrupt after <paramref name="wallClockMilliseconds"/>.</summary>
    internal SmtOutcome CheckText(string scriptText, int wallClockMilliseconds)
    {
        var clock = Stopwatch.StartNew();
        GlobalParameters.EnterReadLock();
        try
        {
            return InFreshContext(wallClockMilliseconds, context =>
            {
                var status = SmtAnswers.Status(Eval(context, scriptText));
                string? model = status == SmtStatus.Sat ? Eval(context, "(get-model)") : null;
                string? reason = status == SmtStatus.Unknown ? SmtAnswers.Reason(Eval(context, "(get-info :reason-unknown)")) : null;
                return new SmtOutcome(status, model, reason, clock.ElapsedMilliseconds);
            });
        }
        finally
        {
            GlobalParameters.ExitReadLock();
        }
    }

    /// <summary>
    /// Evaluates SMT-LIB2 text in a fresh context and returns everything Z3 printed, as <c>z3 FILE</c> would print it
    /// (one answer per (check-sat), models, "(error …)" lines for malformed commands). Z3_interrupt is called when
    /// <paramref name="wallClockMilliseconds"/> pass; the interrupted (check-sat) then answers unknown. The script's
    /// options apply to it alone: it runs while no other query does, and Z3's process-wide parameters are reset after it.
    /// </summary>
    public string Evaluate(string scriptText, int wallClockMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(scriptText);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(wallClockMilliseconds);
        GlobalParameters.EnterWriteLock();
        try
        {
            // A script that asks for proofs needs them configured before the context exists, as the z3 executable does.
            // The set-option itself is then blanked (spaces, so positions in messages stay), since Z3 refuses it on a live context.
            var proofOption = new System.Text.RegularExpressions.Regex(@"\(\s*set-option\s+:produce-proofs\s+true\s*\)");
            bool proofs = proofOption.IsMatch(scriptText);
            string text = proofs ? proofOption.Replace(scriptText, m => new string(' ', m.Length)) : scriptText;
            return InFreshContext(wallClockMilliseconds, context => Eval(context, text), proofs);
        }
        finally
        {
            _resetGlobals();
            SetDefaultGlobals();
            GlobalParameters.ExitWriteLock();
        }
    }

    private void SetDefaultGlobals() => _setGlobal("model.compact", "false");

    private T InFreshContext<T>(int wallClockMilliseconds, Func<IntPtr, T> body, bool proofs = false)
    {
        var config = _makeConfig();
        if (proofs)
        {
            _setParam(config, "proof", "true");
        }

        var context = _makeContext(config);
        _deleteConfig(config);
        _setErrorHandler(context, IntPtr.Zero);
        var timer = new Timer(_ => _interrupt(context), null, wallClockMilliseconds, Timeout.Infinite);
        try
        {
            return body(context);
        }
        finally
        {
            // The timer must not interrupt a deleted context: dispose it and wait for a running callback first.
            using (var stopped = new ManualResetEvent(false))
            {
                if (timer.Dispose(stopped))
                {
                    stopped.WaitOne();
                }
            }

            _deleteContext(context);
        }
    }

    private string Eval(IntPtr context, string text) => Marshal.PtrToStringUTF8(_eval(context, text)) ?? string.Empty;

    private static T Export<T>(IntPtr library, string name)
        where T : Delegate =>
        NativeLibrary.TryGetExport(library, name, out var address)
            ? Marshal.GetDelegateForFunctionPointer<T>(address)
            : throw new SmtUnavailableException($"The loaded libz3 has no {name}; install Debian's libz3-4 (4.8 or later).");
}

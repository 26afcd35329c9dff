using System.Reflection;
using System.Reflection.Emit;

namespace Dmf.Cli.Tests;

/// <summary>
/// Which namespaces of an assembly use which: every type's base types, interfaces, fields, signatures, attributes-free
/// members and the types and members its method bodies name (IL operands resolved through the module), compiler-generated
/// types counted as their declaring type's.
/// </summary>
internal static class NamespaceGraph
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Edges namespace → namespace (both within <paramref name="assembly"/>, different), each with one type that shows it.</summary>
    public static IReadOnlyDictionary<(string From, string To), string> Of(Assembly assembly)
    {
        var edges = new Dictionary<(string, string), string>();
        var own = assembly.GetTypes().Select(t => t.Namespace).Where(n => n is not null).ToHashSet()!;
        foreach (var type in assembly.GetTypes())
        {
            string? from = Outermost(type).Namespace;
            if (from is null)
            {
                continue;
            }

            void Use(Type? used)
            {
                if (used is null)
                {
                    return;
                }

                if (used.HasElementType)
                {
                    Use(used.GetElementType());
                    return;
                }

                if (used.IsGenericType && !used.IsGenericTypeDefinition)
                {
                    foreach (var argument in used.GetGenericArguments())
                    {
                        Use(argument);
                    }

                    used = used.GetGenericTypeDefinition();
                }

                if (used.IsGenericParameter || used.Assembly != assembly)
                {
                    return;
                }

                string? to = Outermost(used).Namespace;
                if (to is not null && to != from && own.Contains(to))
                {
                    edges.TryAdd((from, to), type.FullName ?? type.Name);
                }
            }

            Use(type.BaseType);
            foreach (var i in type.GetInterfaces())
            {
                Use(i);
            }

            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var field in type.GetFields(all))
            {
                Use(field.FieldType);
            }

            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                if (method is MethodInfo info)
                {
                    Use(info.ReturnType);
                }

                foreach (var parameter in method.GetParameters())
                {
                    Use(parameter.ParameterType);
                }

                foreach (var local in method.GetMethodBody()?.LocalVariables ?? (IList<LocalVariableInfo>)Array.Empty<LocalVariableInfo>())
                {
                    Use(local.LocalType);
                }

                foreach (var used in BodyReferences(method))
                {
                    Use(used);
                }
            }
        }

        return edges;
    }

    /// <summary>The namespace cycles: strongly connected components of more than one namespace.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(IReadOnlyDictionary<(string From, string To), string> edges)
    {
        var nodes = edges.Keys.SelectMany(e => new[] { e.From, e.To }).Distinct().Order(StringComparer.Ordinal).ToList();
        var next = nodes.ToDictionary(n => n, n => edges.Keys.Where(e => e.From == n).Select(e => e.To).ToList());
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var components = new List<IReadOnlyList<string>>();
        int counter = 0;

        void Visit(string v)
        {
            index[v] = low[v] = counter++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in next[v])
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                if (component.Count > 1)
                {
                    components.Add(component.Order(StringComparer.Ordinal).ToList());
                }
            }
        }

        foreach (var n in nodes)
        {
            if (!index.ContainsKey(n))
            {
                Visit(n);
            }
        }

        return components;
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    /// <summary>The types a method body names: operands of type, field and method tokens.</summary>
    private static IEnumerable<Type?> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var module = method.Module;
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var code = OpCodesByValue[value];
            int size = code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, i)),
                _ => 4,
            };
            if (code.OperandType is OperandType.InlineType or OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok)
            {
                int token = BitConverter.ToInt32(il, i);
                MemberInfo? member = null;
                try
                {
                    member = module.ResolveMember(token, typeArguments, methodArguments);
                }
                catch (ArgumentException)
                {
                }

                switch (member)
                {
                    case Type t:
                        yield return t;
                        break;
                    case FieldInfo f:
                        yield return f.DeclaringType;
                        yield return f.FieldType;
                        break;
                    case MethodBase m:
                        yield return m.DeclaringType;
                        break;
                }
            }

            i += size;
        }
    }
}

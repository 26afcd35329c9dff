namespace Dmf.Emission
{
    /// <summary>
    /// C# identifiers as the kernels' class and namespace names: held plain ("class"), printed escaped where they are
    /// keywords ("@class"), and read from user text either way ("@class" is the verbatim form of the keyword).
    /// </summary>
    internal static class CSharpIdentifier
    {
        private static readonly HashSet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
            "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
            "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
            "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
            "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
            "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
            "using", "virtual", "void", "volatile", "while",
        };

        /// <summary>The name as it is printed in source: a keyword gets the verbatim prefix '@'.</summary>
        public static string Escape(string plain) => Keywords.Contains(plain) ? "@" + plain : plain;

        /// <summary>A dotted name (a namespace) printed segment by segment.</summary>
        public static string EscapeDotted(string plain) => string.Join(".", plain.Split('.').Select(Escape));

        /// <summary>The plain name of user text ("@class" → "class"), or null with <paramref name="problem"/> saying why it is no identifier.</summary>
        public static string? Plain(string text, out string? problem)
        {
            bool verbatim = text.StartsWith("@", StringComparison.Ordinal);
            string name = verbatim ? text.Substring(1) : text;
            if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
            {
                problem = "not a C# identifier";
                return null;
            }

            if (!verbatim && Keywords.Contains(name))
            {
                problem = "a C# keyword: write '@" + name + "' for the identifier";
                return null;
            }

            problem = null;
            return name;
        }
    }
}

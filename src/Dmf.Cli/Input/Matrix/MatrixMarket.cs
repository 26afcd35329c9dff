namespace Dmf.Cli.Input.Matrix;

/// <summary>
/// Matrix Market exchange format (.mtx): the header <c>%%MatrixMarket matrix coordinate|array real|integer|pattern
/// general|symmetric|skew-symmetric</c>, comment lines starting with '%', the size line, then the entries — for
/// <c>coordinate</c> one "i j value" per line (1-based; "i j" for pattern, meaning 1), for <c>array</c> the values in
/// column-major order (the lower triangle only when symmetric). The size line is checked against the limits before any
/// entry is read.
/// </summary>
internal static class MatrixMarket
{
    /// <summary>Whether <paramref name="text"/> starts like a Matrix Market file.</summary>
    public static bool Recognizes(string text) => text.StartsWith("%%MatrixMarket", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses <paramref name="text"/>.</summary>
    public static BigRational[,] Parse(string file, string text)
    {
        var lines = text.Split('\n');
        var header = DelimitedFields.SplitOnWhitespace(lines[0].Trim().ToLowerInvariant());
        if (header.Length != 5 || header[0] != "%%matrixmarket" || header[1] != "matrix")
        {
            throw new UsageException($"--y-matrix: '{file}' line 1: expected '%%MatrixMarket matrix <coordinate|array> <real|integer|pattern> <general|symmetric|skew-symmetric>'");
        }

        string layout = header[2], field = header[3], symmetry = header[4];
        if (layout is not ("coordinate" or "array") || field is not ("real" or "integer" or "pattern") || symmetry is not ("general" or "symmetric" or "skew-symmetric")
            || (field == "pattern" && layout == "array"))
        {
            throw new UsageException($"--y-matrix: '{file}' line 1: '{layout} {field} {symmetry}' is not supported (coordinate or array; real, integer or pattern; general, symmetric or skew-symmetric)");
        }

        int line = 1;
        string[] NextFields()
        {
            while (line < lines.Length)
            {
                string content = lines[line++].Trim();
                if (content.Length > 0 && !content.StartsWith('%'))
                {
                    return DelimitedFields.SplitOnWhitespace(content);
                }
            }

            return Array.Empty<string>();
        }

        var size = NextFields();
        int sizeLine = line;
        int expected = layout == "coordinate" ? 3 : 2;
        if (size.Length != expected)
        {
            throw new UsageException(Invariant($"--y-matrix: '{file}' line {sizeLine}: expected the size line '{(layout == "coordinate" ? "rows columns entries" : "rows columns")}'"));
        }

        int rows = Count(file, size[0], sizeLine, "rows", DataMatrixFile.MaxSize, 1);
        int columns = Count(file, size[1], sizeLine, "columns", DataMatrixFile.MaxSize, 1);
        if (symmetry != "general" && rows != columns)
        {
            throw new UsageException(Invariant($"--y-matrix: '{file}' line {sizeLine}: a {symmetry} matrix must be square, got {rows} x {columns}"));
        }

        // The size line is a claim of the file's: a few bytes may announce a dense matrix of hundreds of megabytes. Exact
        // entries cost tens of bytes each, so the announced size is held to what the file's length can account for.
        long announced = (long)rows * columns;
        long allowed = Math.Max(MinDenseEntries, EntriesPerByte * (long)text.Length);
        if (announced > allowed)
        {
            throw new UsageException(Invariant($"--y-matrix: '{file}' line {sizeLine}: announces {rows} x {columns} = {announced} entries in a file of {text.Length} bytes; at most {allowed} are read from a Matrix Market file this size (save a large sparse matrix as .npy)"));
        }

        var matrix = new BigRational[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                matrix[i, j] = BigRational.Zero;
            }
        }

        if (layout == "coordinate")
        {
            int entries = Count(file, size[2], sizeLine, "entries", rows * columns);
            var seen = new HashSet<(int, int)>();
            for (int k = 0; k < entries; k++)
            {
                var fields = NextFields();
                string where = Invariant($"line {line}");
                if (fields.Length != (field == "pattern" ? 2 : 3))
                {
                    throw new UsageException(Invariant($"--y-matrix: '{file}' {(fields.Length == 0 ? "ends after" : where + ":")} {(fields.Length == 0 ? Invariant($"{k} of {entries} entries") : Invariant($"expected 'i j{(field == "pattern" ? string.Empty : " value")}'"))}"));
                }

                int i = Count(file, fields[0], line, "row index", rows) - 1;
                int j = Count(file, fields[1], line, "column index", columns) - 1;
                if (i < 0 || j < 0 || !seen.Add((i, j)))
                {
                    throw new UsageException(Invariant($"--y-matrix: '{file}' {where}: entry ({fields[0]}, {fields[1]}) is {(i < 0 || j < 0 ? "out of range" : symmetry != "general" && i != j ? $"given twice (it or its mirror ({fields[1]}, {fields[0]}): a {symmetry} file gives each pair once)" : "given twice")}"));
                }

                // A symmetric or skew-symmetric file gives each off-diagonal pair once; its mirror is implied.
                if (symmetry != "general" && i != j && !seen.Add((j, i)))
                {
                    throw new UsageException(Invariant($"--y-matrix: '{file}' {where}: entry ({fields[0]}, {fields[1]}) repeats ({fields[1]}, {fields[0]}): a {symmetry} file gives each pair once"));
                }

                var value = field == "pattern" ? BigRational.One : Entry(file, fields[2], where + ", entry 3", field);
                if (symmetry == "skew-symmetric" && i == j && !value.IsZero)
                {
                    throw new UsageException(Invariant($"--y-matrix: '{file}' {where}: entry ({fields[0]}, {fields[1]}) is {fields[2]}, but a skew-symmetric matrix has a zero diagonal"));
                }

                Place(matrix, i, j, value, symmetry);
            }
        }
        else
        {
            for (int j = 0; j < columns; j++)
            {
                for (int i = symmetry == "general" ? 0 : symmetry == "symmetric" ? j : j + 1; i < rows; i++)
                {
                    var fields = NextFields();
                    if (fields.Length != 1)
                    {
                        throw new UsageException(Invariant($"--y-matrix: '{file}' {(fields.Length == 0 ? "ends before" : Invariant($"line {line}: expected one value for"))} entry ({i + 1}, {j + 1})"));
                    }

                    Place(matrix, i, j, Entry(file, fields[0], Invariant($"line {line}, entry ({i + 1}, {j + 1})"), field), symmetry);
                }
            }
        }

        if (NextFields().Length > 0)
        {
            throw new UsageException(Invariant($"--y-matrix: '{file}' line {line}: more entries than the size line {sizeLine} announces"));
        }

        return matrix;
    }

    private static void Place(BigRational[,] matrix, int i, int j, BigRational value, string symmetry)
    {
        matrix[i, j] = value;
        if (i != j && symmetry != "general")
        {
            matrix[j, i] = symmetry == "symmetric" ? value : -value;
        }
    }

    /// <summary>Fewest entries a Matrix Market file may announce whatever its length (1024 × 1024).</summary>
    private const long MinDenseEntries = 1L << 20;

    /// <summary>Announced entries allowed per byte of the file beyond <see cref="MinDenseEntries"/>.</summary>
    private const long EntriesPerByte = 16;

    /// <summary>One value; an integer field holds integers only.</summary>
    private static BigRational Entry(string file, string text, string where, string field)
    {
        var value = MatrixEntry.Parse(file, text, where);
        if (field == "integer" && value.Denominator != 1)
        {
            throw new UsageException($"--y-matrix: '{file}' {where}: '{text}' is not an integer, and the header says the field is integer");
        }

        return value;
    }

    private static int Count(string file, string text, int line, string what, int max, int? least = null)
    {
        int min = least ?? (what.EndsWith("index", StringComparison.Ordinal) ? 1 : 0);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value > max || value < min)
        {
            throw new UsageException(Invariant($"--y-matrix: '{file}' line {line}: {what} '{text}' must be an integer from {min} to {max}"));
        }

        return value;
    }
}

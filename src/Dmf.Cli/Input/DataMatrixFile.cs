using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Dmf.Symbolic.Exact;
using static System.FormattableString;

namespace Dmf.Cli.Input;

/// <summary>
/// Reads a data matrix Y from a file: CSV (one row per line, entries separated by commas; blank lines and lines starting
/// with '#' ignored) or JSON (an array of rows, each an array of numbers or exact number strings such as "3/4").
/// Entries are parsed exactly; every problem is a one-line <see cref="UsageException"/> naming the file, row and entry.
/// </summary>
internal static class DataMatrixFile
{
    /// <summary>Largest accepted number of rows or columns.</summary>
    public const int MaxSize = Dmf.Verify.Instance.DmfInstance.MaxWidth;

    /// <summary>Largest accepted file, in bytes (checked before the file is read; a device like /dev/zero is refused).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>The matrix in <paramref name="path"/> (.csv or .json).</summary>
    public static BigRational[,] Read(string path)
    {
        string text = TextFileInput.Read("--y-matrix", path, MaxFileBytes);
        var rows = Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase) ? ParseJson(path, text) : ParseCsv(path, text);
        if (rows.Count == 0)
        {
            throw new UsageException($"--y-matrix: '{path}' holds no matrix entries");
        }

        int columns = rows[0].Count;
        if (rows.Count > MaxSize || columns > MaxSize)
        {
            throw new UsageException(Invariant($"--y-matrix: '{path}' is {rows.Count} x {columns}; at most {MaxSize} rows and columns are accepted"));
        }

        var matrix = new BigRational[rows.Count, columns];
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Count != columns)
            {
                throw new UsageException(Invariant($"--y-matrix: '{path}' row {i + 1} has {rows[i].Count} entries, row 1 has {columns}"));
            }

            for (int j = 0; j < columns; j++)
            {
                matrix[i, j] = rows[i][j];
            }
        }

        return matrix;
    }

    private static List<List<BigRational>> ParseCsv(string path, string text)
    {
        var rows = new List<List<BigRational>>();
        var lines = text.Split('\n');
        for (int line = 0; line < lines.Length; line++)
        {
            string content = lines[line].Trim();
            if (content.Length == 0 || content.StartsWith('#'))
            {
                continue;
            }

            rows.Add(content.Split(',').Select((entry, column) => Entry(path, entry, Invariant($"line {line + 1}, entry {column + 1}"))).ToList());
        }

        return rows;
    }

    private static List<List<BigRational>> ParseJson(string path, string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            throw new UsageException($"--y-matrix: '{path}' is not valid JSON: {exception.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new UsageException($"--y-matrix: '{path}' must hold a JSON array of rows, e.g. [[2, 0], [0, 1.6]]");
            }

            var rows = new List<List<BigRational>>();
            int r = 0;
            foreach (var row in document.RootElement.EnumerateArray())
            {
                r++;
                if (row.ValueKind != JsonValueKind.Array)
                {
                    throw new UsageException(Invariant($"--y-matrix: '{path}' row {r} is not an array"));
                }

                int c = 0;
                var values = new List<BigRational>();
                foreach (var entry in row.EnumerateArray())
                {
                    c++;
                    string where = Invariant($"row {r}, entry {c}");
                    values.Add(entry.ValueKind switch
                    {
                        JsonValueKind.Number => Entry(path, entry.GetRawText(), where),
                        JsonValueKind.String => Entry(path, entry.GetString()!, where),
                        _ => throw new UsageException($"--y-matrix: '{path}' {where} is {entry.ValueKind}, not a number"),
                    });
                }

                rows.Add(values);
            }

            return rows;
        }
    }

    private static BigRational Entry(string path, string text, string where)
    {
        if (!BigRational.TryParse(text.Trim(), out var value, out string reason))
        {
            throw new UsageException($"--y-matrix: '{path}' {where}: {reason}");
        }

        return value;
    }
}

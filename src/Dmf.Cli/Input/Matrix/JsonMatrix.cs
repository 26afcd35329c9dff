using System.Text.Json;

namespace Dmf.Cli.Input.Matrix;

/// <summary>
/// A JSON array of rows, each an array of numbers or exact number strings ("3/4"), read token by token
/// (<see cref="Utf8JsonReader"/>) so that errors name the line and the reader stops at the first row past the limits.
/// </summary>
internal static class JsonMatrix
{
    /// <summary>Parses the UTF-8 <paramref name="bytes"/>.</summary>
    public static BigRational[,] Parse(string file, byte[] bytes)
    {
        // A UTF-8 byte-order mark (as some editors write) is not part of the JSON, as for the text formats.
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        var rows = new MatrixRows(file);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 4 });
        var lines = new LineCounter(bytes);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw new UsageException($"--y-matrix: '{file}' must hold a JSON array of rows, e.g. [[2, 0], [0, 1.6]]");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                int r = rows.Count + 1;
                string where = Invariant($"line {lines.At((int)reader.TokenStartIndex)}, row {r}");
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new UsageException(Invariant($"--y-matrix: '{file}' {where} is not an array"));
                }

                var values = new List<BigRational>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    string at = Invariant($"line {lines.At((int)reader.TokenStartIndex)}, row {r}, entry {values.Count + 1}");
                    if (values.Count >= DataMatrixFile.MaxSize)
                    {
                        rows.CheckWidth(values.Count + 1, at);
                    }

                    values.Add(reader.TokenType switch
                    {
                        JsonTokenType.Number => MatrixEntry.Parse(file, Encoding.UTF8.GetString(reader.ValueSpan), at),
                        JsonTokenType.String => MatrixEntry.Parse(file, reader.GetString()!, at),
                        var other => throw new UsageException($"--y-matrix: '{file}' {at} is {other}, not a number"),
                    });
                }

                rows.Add(values.ToArray(), where);
            }

            if (reader.Read())
            {
                throw new UsageException(Invariant($"--y-matrix: '{file}' line {lines.At((int)reader.TokenStartIndex)}: text after the matrix"));
            }
        }
        catch (JsonException exception)
        {
            throw new UsageException(Invariant($"--y-matrix: '{file}' is not valid JSON: line {exception.LineNumber + 1}: {exception.Message.Split('.')[0]}"));
        }

        return rows.ToMatrix();
    }

    /// <summary>Line numbers of increasing byte offsets, counted incrementally.</summary>
    private sealed class LineCounter
    {
        private readonly byte[] _bytes;
        private int _offset;
        private int _line = 1;

        public LineCounter(byte[] bytes) => _bytes = bytes;

        public int At(int offset)
        {
            for (; _offset < offset && _offset < _bytes.Length; _offset++)
            {
                if (_bytes[_offset] == (byte)'\n')
                {
                    _line++;
                }
            }

            return _line;
        }
    }
}

namespace KommunHubben.Domain.Evidence;

/// <summary>
/// Decides whether an uploaded evidence file may be stored. The content decides the type, never the file name or the
/// declared content type: both come from the sender and a renamed executable must not pass as a PDF.
/// </summary>
public static class EvidenceFileInspector
{
    /// <summary>Largest accepted file: 10 MB (10 × 1024 × 1024 bytes), enough for a scanned multi-page certificate. (assumed)</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Longest accepted file name, in UTF-16 characters. (assumed)</summary>
    public const int MaxFileNameLength = 200;

    /// <summary>How many bytes from the start of the file <see cref="Inspect"/> needs to recognise every type.</summary>
    public const int HeaderLength = 8;

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;

    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];

    /// <summary>
    /// Checks the file name, the size and the first bytes of a file. The name only has to be safe to store and show;
    /// its extension is ignored.
    /// </summary>
    /// <param name="header">The first bytes of the file (at least <see cref="HeaderLength"/> when the file is that long).</param>
    /// <param name="length">The whole file's length in bytes.</param>
    /// <param name="fileName">The name the sender gave the file.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    public static EvidenceFileCheck Inspect(ReadOnlySpan<byte> header, long length, string? fileName)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);

        if (CheckName(fileName) is { } refusedName)
            return refusedName;

        if (length == 0)
            return EvidenceFileCheck.Refused(EvidenceFileRefusal.Empty, "the file is empty");
        if (length > MaxBytes)
            return EvidenceFileCheck.Refused(EvidenceFileRefusal.TooLarge, "the file must be at most 10 MB (10 485 760 bytes)");

        if (header.StartsWith(PdfMagic))
            return EvidenceFileCheck.Accepted(EvidenceFileType.Pdf);
        if (header.StartsWith(PngMagic))
            return EvidenceFileCheck.Accepted(EvidenceFileType.Png);
        if (header.StartsWith(JpegMagic))
            return EvidenceFileCheck.Accepted(EvidenceFileType.Jpeg);

        return EvidenceFileCheck.Refused(EvidenceFileRefusal.UnknownContent,
            "the file's content must be a PDF, PNG or JPEG (the file name's extension does not count)");
    }

    private static EvidenceFileCheck? CheckName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
            return EvidenceFileCheck.Refused(EvidenceFileRefusal.NameMissing, "a file name is required");
        if (fileName.Length > MaxFileNameLength)
            return EvidenceFileCheck.Refused(EvidenceFileRefusal.NameTooLong, $"the file name must be at most {MaxFileNameLength} characters");

        // NUL first: it truncates names in C APIs and file systems, the classic "cert.pdf\0.exe" trick.
        if (fileName.Contains('\0'))
            return EvidenceFileCheck.Refused(EvidenceFileRefusal.NameHasNul, "the file name must not contain a NUL character");
        if (fileName.Any(char.IsControl))
            return EvidenceFileCheck.Refused(EvidenceFileRefusal.NameHasControlCharacter, "the file name must not contain control characters");

        // Bidi embeddings, overrides and isolates make "cod.exe" display as "exe.doc"-style lies to the officer.
        if (fileName.Any(c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'))
            return EvidenceFileCheck.Refused(EvidenceFileRefusal.NameHasBidiControl,
                "the file name must not contain bidirectional override characters (U+202A–U+202E, U+2066–U+2069)");

        // The name is shown and stored, never used as a path; still, anything path-like is refused outright.
        if (fileName.Contains('/') || fileName.Contains('\\'))
            return EvidenceFileCheck.Refused(EvidenceFileRefusal.NameHasPathSeparator, "the file name must not contain '/' or '\\' (a folder path)");
        if (fileName.Contains("..", StringComparison.Ordinal))
            return EvidenceFileCheck.Refused(EvidenceFileRefusal.NameHasParentReference, "the file name must not contain '..'");

        return null;
    }
}

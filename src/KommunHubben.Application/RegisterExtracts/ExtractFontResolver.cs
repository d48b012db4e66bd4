using PdfSharp.Fonts;

namespace KommunHubben.Application.RegisterExtracts;

/// <summary>
/// PDFsharp 6 finds no fonts on Linux by itself: every face the extract uses is DejaVu Sans, embedded in this assembly
/// (see Fonts/ORIGIN.md), whatever family the document asks for.
/// </summary>
internal sealed class ExtractFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly object Gate = new();
    private static bool _installed;

    /// <summary>Installs the resolver once per process (PDFsharp's setting is global and may be set only once).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (_installed) return;
            if (GlobalFontSettings.FontResolver is null) GlobalFontSettings.FontResolver = new ExtractFontResolver();
            _installed = true;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? Bold : Regular);

    public byte[] GetFont(string faceName)
    {
        using var stream = typeof(ExtractFontResolver).Assembly.GetManifestResourceStream($"KommunHubben.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace KommunHubben.Application.RegisterExtracts;

/// <summary>Writes text top to bottom on A4 pages, wrapping at word boundaries and starting a new page when full.</summary>
internal sealed class PdfTextWriter(PdfDocument document)
{
    private const double Margin = 56; // 2 cm
    private readonly XFont _body = new(ExtractFontResolver.Family, 10, XFontStyleEx.Regular);
    private readonly XFont _bold = new(ExtractFontResolver.Family, 10, XFontStyleEx.Bold);
    private XGraphics? _gfx;
    private PdfPage? _page;
    private double _y;

    private double Width => _page!.Width.Point - 2 * Margin;

    public void Heading(string text, int level)
    {
        var font = new XFont(ExtractFontResolver.Family, level switch { 1 => 18, 2 => 14, 3 => 12, _ => 10.5 }, XFontStyleEx.Bold);
        Space(level <= 2 ? 14 : 8);
        Write(text, font, 0);
        Space(3);
    }

    public void Paragraph(string text) => Write(text, _body, 0);

    public void Line(string label, string value)
    {
        EnsurePage();
        var labelWidth = Math.Min(_gfx!.MeasureString(label + ": ", _bold).Width, Width / 3);
        var startY = _y;
        Write(label + ":", _bold, 0, maxWidth: labelWidth);
        var labelEnd = _y;
        _y = startY;
        Write(value, _body, labelWidth + 6);
        _y = Math.Max(_y, labelEnd);
    }

    private void Space(double points)
    {
        EnsurePage();
        _y += points;
    }

    private void Write(string text, XFont font, double indent, double? maxWidth = null)
    {
        EnsurePage();
        var width = maxWidth ?? Width - indent;
        var lineHeight = font.GetHeight() * 1.15;
        foreach (var line in Wrap(text, font, width))
        {
            if (_y + lineHeight > _page!.Height.Point - Margin) NewPage();
            _gfx!.DrawString(line, font, XBrushes.Black, new XPoint(Margin + indent, _y + font.GetHeight()));
            _y += lineHeight;
        }
    }

    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && _gfx!.MeasureString(candidate, font).Width > width)
                {
                    yield return line;
                    line = word;
                }
                else line = candidate;
            }
            yield return line;
        }
    }

    private void EnsurePage()
    {
        if (_page is null) NewPage();
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        _page = document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    /// <summary>Finishes the last page's drawing (PDFsharp writes a page's content when its graphics are disposed).</summary>
    public void Close() => _gfx?.Dispose();
}

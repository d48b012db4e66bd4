using System.Text.Encodings.Web;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Html;

namespace KommunHubben.Web.Infrastructure;

/// <summary>
/// How a published figure is printed in the coordinator's tables: the number, or "–" for a hidden one (with a word for
/// screen readers). The figures come from the Reporting views, already suppressed; nothing here decides what to hide.
/// </summary>
public static class Figures
{
    private static HtmlString Hidden(UiText t) =>
        new($"<span class=\"suppressed\">–<span class=\"visually-hidden\"> ({HtmlEncoder.Default.Encode(t.SuppressedFigure)})</span></span>");

    public static IHtmlContent Count(int? value, UiText t) => value is { } v ? new HtmlString(t.Number(v)) : Hidden(t);

    public static IHtmlContent Share(decimal? percent, UiText t) => percent is { } p ? new HtmlString(HtmlEncoder.Default.Encode(t.Percent(p))) : Hidden(t);

    public static IHtmlContent Hours(double? hours, UiText t) => hours is { } h ? new HtmlString(HtmlEncoder.Default.Encode(t.Hours(h))) : Hidden(t);
}

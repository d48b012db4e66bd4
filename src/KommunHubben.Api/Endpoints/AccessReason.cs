namespace KommunHubben.Api.Endpoints;

/// <summary>
/// Why personal details are being read, for the audit log: header <c>X-Access-Reason</c>, percent-encoded UTF-8
/// (HTTP headers are ASCII, reasons are written in Swedish). Kept out of the URL, where it could end up in access logs.
/// </summary>
public static class AccessReason
{
    public const string Header = "X-Access-Reason";
    public const int MaxLength = 500;

    public static string From(HttpContext http)
    {
        var raw = http.Request.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(raw)) return "case handling";
        string decoded;
        try { decoded = Uri.UnescapeDataString(raw); }
        catch (UriFormatException) { decoded = raw; }
        decoded = new string(decoded.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return decoded.Length == 0 ? "case handling" : decoded.Length > MaxLength ? decoded[..MaxLength] : decoded;
    }
}

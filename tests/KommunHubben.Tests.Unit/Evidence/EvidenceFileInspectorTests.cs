using System.Text;
using KommunHubben.Domain.Evidence;

namespace KommunHubben.Tests.Unit.Evidence;

public sealed class EvidenceFileInspectorTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];
    private static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]; // "MZ"

    private const long TenMegabytes = 10 * 1024 * 1024;

    public static TheoryData<byte[], EvidenceFileType> Magics() => new()
    {
        { Pdf, EvidenceFileType.Pdf },
        { Png, EvidenceFileType.Png },
        { Jpeg, EvidenceFileType.Jpeg },
        { Encoding.ASCII.GetBytes("%PDF-"), EvidenceFileType.Pdf }, // exactly the magic, nothing more
        { [0xFF, 0xD8, 0xFF], EvidenceFileType.Jpeg },
    };

    [Theory]
    [MemberData(nameof(Magics))]
    public void Each_accepted_type_is_recognised_by_its_first_bytes(byte[] header, EvidenceFileType type)
    {
        var check = EvidenceFileInspector.Inspect(header, 12345, "underlag");

        Assert.True(check.IsAccepted);
        Assert.Equal(type, check.Type);
        Assert.Null(check.Refusal);
        Assert.Equal(string.Empty, check.Rule);
    }

    [Fact]
    public void A_pdf_named_png_is_accepted_as_a_pdf()
    {
        var check = EvidenceFileInspector.Inspect(Pdf, 12345, "läkarintyg.png");

        Assert.Equal(EvidenceFileType.Pdf, check.Type);
    }

    [Fact]
    public void An_executable_named_pdf_is_refused()
    {
        var check = EvidenceFileInspector.Inspect(Exe, 12345, "läkarintyg.pdf");

        Assert.False(check.IsAccepted);
        Assert.Equal(EvidenceFileRefusal.UnknownContent, check.Refusal);
        Assert.Equal("the file's content must be a PDF, PNG or JPEG (the file name's extension does not count)", check.Rule);
    }

    public static TheoryData<byte[]> UnknownContents() => new()
    {
        Array.Empty<byte>(),
        Encoding.ASCII.GetBytes("%PDF"), // one byte short of the magic
        Encoding.ASCII.GetBytes(" %PDF-1.7"), // not at offset 0
        Encoding.ASCII.GetBytes("%pdf-1.7"),
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A }, // a PNG signature cut short
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x0A, 0x0A }, // PNG mangled by a line-ending conversion
        new byte[] { 0xFF, 0xD8 },
        Encoding.ASCII.GetBytes("GIF89a"),
        Encoding.ASCII.GetBytes("PK\u0003\u0004"), // a zip, e.g. .docx
        Encoding.ASCII.GetBytes("<html>"),
    };

    [Theory]
    [MemberData(nameof(UnknownContents))]
    public void Content_that_is_not_pdf_png_or_jpeg_is_refused(byte[] header)
    {
        var check = EvidenceFileInspector.Inspect(header, 12345, "underlag.pdf");

        Assert.Equal(EvidenceFileRefusal.UnknownContent, check.Refusal);
    }

    [Fact]
    public void A_file_of_exactly_10_MB_is_accepted()
    {
        Assert.Equal(TenMegabytes, EvidenceFileInspector.MaxBytes);
        Assert.True(EvidenceFileInspector.Inspect(Pdf, TenMegabytes, "underlag.pdf").IsAccepted);
    }

    [Theory]
    [InlineData(TenMegabytes + 1)]
    [InlineData(11 * 1024 * 1024)]
    [InlineData(long.MaxValue)]
    public void A_file_larger_than_10_MB_is_refused(long length)
    {
        var check = EvidenceFileInspector.Inspect(Pdf, length, "underlag.pdf");

        Assert.Equal(EvidenceFileRefusal.TooLarge, check.Refusal);
        Assert.Equal("the file must be at most 10 MB (10 485 760 bytes)", check.Rule);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var check = EvidenceFileInspector.Inspect([], 0, "underlag.pdf");

        Assert.Equal(EvidenceFileRefusal.Empty, check.Refusal);
        Assert.Equal("the file is empty", check.Rule);
    }

    [Fact]
    public void A_negative_length_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EvidenceFileInspector.Inspect(Pdf, -1, "underlag.pdf"));
    }

    public static TheoryData<string?, EvidenceFileRefusal, string> BadNames() => new()
    {
        { null, EvidenceFileRefusal.NameMissing, "a file name is required" },
        { "", EvidenceFileRefusal.NameMissing, "a file name is required" },
        { "   ", EvidenceFileRefusal.NameMissing, "a file name is required" },
        { new string('a', 197) + ".pdf", EvidenceFileRefusal.NameTooLong, "the file name must be at most 200 characters" },
        { "intyg.pdf\0.exe", EvidenceFileRefusal.NameHasNul, "the file name must not contain a NUL character" },
        { "intyg\n.pdf", EvidenceFileRefusal.NameHasControlCharacter, "the file name must not contain control characters" },
        { "intyg\t.pdf", EvidenceFileRefusal.NameHasControlCharacter, "control characters" },
        { "intyg\u001b[2J.pdf", EvidenceFileRefusal.NameHasControlCharacter, "control characters" },
        { "intyg\u0085.pdf", EvidenceFileRefusal.NameHasControlCharacter, "control characters" }, // C1 control (NEL)
        { "intyg\u202Efdp.exe", EvidenceFileRefusal.NameHasBidiControl, "bidirectional override characters" }, // RLO
        { "intyg\u202A.pdf", EvidenceFileRefusal.NameHasBidiControl, "bidirectional override characters" }, // LRE
        { "intyg\u2066.pdf", EvidenceFileRefusal.NameHasBidiControl, "bidirectional override characters" }, // LRI
        { "intyg\u2069.pdf", EvidenceFileRefusal.NameHasBidiControl, "bidirectional override characters" }, // PDI
        { "mapp/intyg.pdf", EvidenceFileRefusal.NameHasPathSeparator, "must not contain '/' or '\\'" },
        { "C:\\Users\\intyg.pdf", EvidenceFileRefusal.NameHasPathSeparator, "must not contain '/' or '\\'" },
        { "/etc/passwd", EvidenceFileRefusal.NameHasPathSeparator, "a folder path" },
        { "..", EvidenceFileRefusal.NameHasParentReference, "the file name must not contain '..'" },
        { "intyg..pdf", EvidenceFileRefusal.NameHasParentReference, "'..'" },
    };

    [Theory]
    [MemberData(nameof(BadNames))]
    public void A_bad_file_name_is_refused_with_the_rule_it_broke(string? name, EvidenceFileRefusal refusal, string rule)
    {
        var check = EvidenceFileInspector.Inspect(Pdf, 12345, name);

        Assert.False(check.IsAccepted);
        Assert.Equal(refusal, check.Refusal);
        Assert.Contains(rule, check.Rule);
    }

    [Theory]
    [InlineData("läkarintyg_Åsa_Öberg.pdf")]
    [InlineData("intyg")] // no extension: the content decides anyway
    [InlineData(".pdf")]
    [InlineData("intyg 2026-11-24 (1).pdf")]
    [InlineData("تقرير.pdf")] // right-to-left script itself is fine; only the override characters are refused
    public void An_ordinary_file_name_is_accepted(string name)
    {
        Assert.True(EvidenceFileInspector.Inspect(Pdf, 12345, name).IsAccepted);
    }

    [Fact]
    public void A_file_name_of_exactly_200_characters_is_accepted()
    {
        Assert.True(EvidenceFileInspector.Inspect(Pdf, 12345, new string('a', 196) + ".pdf").IsAccepted);
    }

    [Fact]
    public void A_refusal_never_repeats_the_file_name()
    {
        const string personal = "19121212-1212 Tolvan Tolvansson";
        string[] names =
        [
            personal + "/x.pdf", personal + "\u202E.pdf", personal + "\0", personal + "..pdf", personal + new string('x', 200),
            personal + ".pdf",
        ];

        foreach (var name in names)
        {
            var check = EvidenceFileInspector.Inspect(Exe, 12345, name);
            Assert.False(check.IsAccepted);
            Assert.DoesNotContain("Tolvan", check.Rule);
            Assert.DoesNotContain("19121212", check.Rule);
        }
    }

    [Fact]
    public void The_name_is_checked_before_the_content()
    {
        Assert.Equal(EvidenceFileRefusal.NameHasPathSeparator, EvidenceFileInspector.Inspect(Exe, 0, "../x").Refusal);
    }
}

using FrontDesk.Bot.Features.Directory;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Directory;

namespace FrontDesk.Tests.Directory;

public class ImportStringsTests
{
    public static TheoryData<string, ImportErrorCode> Codes()
    {
        var data = new TheoryData<string, ImportErrorCode>();
        foreach (var language in Catalog.Languages)
        {
            foreach (var code in Enum.GetValues<ImportErrorCode>())
            {
                data.Add(language, code);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_error_code_has_its_own_text_in_each_language(string language, ImportErrorCode code)
    {
        var entries = Catalog.Default.Entries(language);

        Assert.True(entries.ContainsKey(ImportResultText.Key(code)), $"{ImportResultText.Key(code)} missing in {language}");
        var text = ImportResultText.Lines(new ImportResult(ImportKind.Members, [new ImportError(code, 7, "email", "x@y", 3)], false, 0, 0, 0),
            Catalog.Default.For(language))[1];
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_import_strings_have_the_same_keys_in_english_and_chinese()
    {
        var english = Catalog.Default.Entries(Catalog.English).Keys.Where(k => k.StartsWith("import.", StringComparison.Ordinal)).Order();
        var chinese = Catalog.Default.Entries(Catalog.Chinese).Keys.Where(k => k.StartsWith("import.", StringComparison.Ordinal)).Order();

        Assert.Equal(english, chinese);
    }

    [Fact]
    public void A_chinese_summary_reads_in_chinese()
    {
        var lines = ImportResultText.Lines(new ImportResult(ImportKind.Companies, [], false, 2, 1, 0), Catalog.Default.For("zh-CN"));

        Assert.Equal(["已导入公司：新增 2 条，更新 1 条，未变 0 条。"], lines);
    }
}

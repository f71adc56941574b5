using FrontDesk.Cards.Localization;
using FrontDesk.Data;
using FrontDesk.Data.Directory;

namespace FrontDesk.Bot.Features.Reports;

// The weekly report page's link and its chart images' links, signed for one manager for 15 minutes; reading one
// back gives the week and the language when it is good and its manager still is one.
public sealed class WeeklyReportLinks(SignedDownloads links, People people, Catalog catalog, Building building)
{
    public const string Kind = "weekly-page";

    public Uri PageLink(ReportPeriod week, string language, string account) =>
        new(building.PublicUrl, $"reports/weekly/{week.Code}?token={Token(week, language, account)}&lang={Uri.EscapeDataString(language)}");

    public Uri ChartLink(ReportPeriod week, string chart, string language, string account) =>
        new(building.PublicUrl, $"reports/charts/{week.Code}/{chart}.png?token={Token(week, language, account)}&lang={Uri.EscapeDataString(language)}");

    public async Task<(ReportPeriod Week, Texts Texts)?> OpenAsync(string week, string? token, CancellationToken ct)
    {
        if (token is null || links.Read(token) is not { Kind: Kind } range || ReportPeriod.Parse(week) is not { Length: PeriodLength.Week } period
            || period.Start != range.From || range.Account.Length == 0
            || await people.FindByAadObjectIdAsync(range.Account, ct) is not { Role: Role.Manager })
        {
            return null;
        }
        return (period, catalog.For(range.Language));
    }

    public IResult Refused(string? language) => links.Expired(language);

    private string Token(ReportPeriod week, string language, string account) =>
        Uri.EscapeDataString(links.Sign(new SignedRange(Kind, week.Start, week.End.AddDays(-1), language, account)));
}

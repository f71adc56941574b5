using FrontDesk.Cards.Common;

namespace FrontDesk.Cards.Reports;

// Every button of the report cards.
public static class ReportsActions
{
    public static readonly CardAction Daily = new("reports.daily");
    public static readonly CardAction Weekly = new("reports.weekly");
}

using AdaptiveCards;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Cards;

public class TableAndToggleTests
{
    private static AdaptiveCard Report() => new(new AdaptiveSchemaVersion(1, 5))
    {
        Body =
        [
            new AdaptiveTable
            {
                Id = "visits",
                IsVisible = false,
                ShowGridLines = false,
                Columns = [new AdaptiveTableColumnDefinition { Width = 2 }, new AdaptiveTableColumnDefinition { PixelWidth = 80 }],
                Rows = [new AdaptiveTableRow { Style = AdaptiveContainerStyle.Accent, Cells = [new AdaptiveTableCell { Items = [new AdaptiveTextBlock("9:00")] }, new AdaptiveTableCell()] }],
            },
        ],
        Actions = [new AdaptiveToggleVisibilityAction { Title = "Details", TargetElements = [new AdaptiveTargetElement("visits")] }],
    };

    [Fact]
    public void Table_writes_columns_rows_and_cells()
    {
        var table = JObject.Parse(JsonConvert.SerializeObject(Report()))["body"]![0]!;

        JsonShape.HasProperties(table, "type", "id", "isVisible", "columns", "rows", "showGridLines");
        Assert.Equal("Table", (string?)table["type"]);
        Assert.False((bool)table["showGridLines"]!);
        Assert.Equal(2d, (double)table["columns"]![0]!["width"]!);
        Assert.Equal("80px", (string?)table["columns"]![1]!["width"]);
        var row = table["rows"]![0]!;
        JsonShape.HasProperties(row, "type", "cells", "style");
        Assert.Equal("TableRow", (string?)row["type"]);
        Assert.Equal("accent", (string?)row["style"]);
        Assert.Equal("TableCell", (string?)row["cells"]![0]!["type"]);
        Assert.Equal("9:00", (string?)row["cells"]![0]!["items"]![0]!["text"]);
    }

    [Fact]
    public void Toggle_visibility_names_its_targets()
    {
        var action = JObject.Parse(JsonConvert.SerializeObject(Report()))["actions"]![0]!;

        Assert.Equal("Action.ToggleVisibility", (string?)action["type"]);
        JsonShape.HasProperties(action["targetElements"]![0]!, "elementId");
        Assert.Equal("visits", (string?)action["targetElements"]![0]!["elementId"]);
    }

    [Fact]
    public void Table_and_toggle_read_back()
    {
        const string json = """
            {"type":"AdaptiveCard","version":"1.5",
             "body":[{"type":"Table","columns":[{"width":1},{"width":"50px"}],"rows":[{"type":"TableRow","cells":[{"type":"TableCell","items":[]}]}]}],
             "actions":[{"type":"Action.ToggleVisibility","targetElements":["a",{"elementId":"b","isVisible":false}]}]}
            """;

        var card = AdaptiveCard.FromJson(json).Card!;

        var table = Assert.IsType<AdaptiveTable>(card.Body[0]);
        Assert.Equal(1d, table.Columns[0].Width);
        Assert.Equal(50u, table.Columns[1].PixelWidth);
        Assert.IsType<AdaptiveTableCell>(Assert.Single(Assert.Single(table.Rows).Cells));
        var targets = Assert.IsType<AdaptiveToggleVisibilityAction>(card.Actions[0]).TargetElements;
        Assert.Equal("a", targets[0].ElementId);
        Assert.Null(targets[0].IsVisible);
        Assert.False(targets[1].IsVisible);
    }
}

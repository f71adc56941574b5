using AdaptiveCards;
using FrontDesk.Cards.Lobby;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Tests.Channels.Lobby;

public class VisitorMenuCardTests
{
    [Fact]
    public void The_card_offers_every_choice_as_a_submit_button_and_the_other_language()
    {
        var card = VisitorMenuCard.Build(Catalog.Default.For("en-US"), "Welcome to Harbour House", "What brings you here today?");

        var heading = Assert.IsType<AdaptiveTextBlock>(card.Body[0]);
        Assert.Equal("Welcome to Harbour House", heading.Text);
        var buttons = card.Actions.Cast<AdaptiveSubmitAction>().ToList();
        Assert.Equal(["I have an invitation code", "I'm a walk-in visitor", "I'm leaving", "Leave feedback", "中文"], buttons.Select(b => b.Title));
        var language = Assert.IsType<Dictionary<string, string>>(buttons[^1].Data);
        Assert.Equal("language", language["lobby"]);
        Assert.Equal("zh-Hans", language["language"]);
        Assert.Equal("walkin", Assert.IsType<Dictionary<string, string>>(buttons[1].Data)["lobby"]);
    }

    [Fact]
    public void The_Chinese_card_is_in_Chinese_and_offers_English()
    {
        var card = VisitorMenuCard.Build(Catalog.Default.For("zh-CN"), "请问您需要什么帮助？", text: null);

        Assert.Equal("zh", card.Lang);
        Assert.Single(card.Body);
        Assert.Equal(["我有邀请码", "我是临时来访", "我要离开", "留下意见反馈", "English"], card.Actions.Select(a => a.Title));
    }
}

using FrontDesk.Cards.Common;

namespace FrontDesk.Cards.Calls;

// Every button of the phone-message cards and the answer-time cards.
public static class CallActions
{
    public static readonly CardAction OpenLog = new("calls.log.open");
    public static readonly CardAction Log = new("calls.log");
    public static readonly CardAction Today = new("calls.today");
    public static readonly CardAction Mine = new("calls.mine");
    public static readonly CardAction CalledBack = new("calls.calledback");
    public static readonly CardAction Records = new("calls.records");
    public static readonly CardAction AnswerTimes = new("calls.answertimes");
}

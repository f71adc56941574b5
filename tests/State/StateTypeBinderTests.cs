using FrontDesk.Bot.Hosting.State;
using FrontDesk.Data.Directory;
using Microsoft.Bot.Schema;

namespace FrontDesk.Tests.State;

public class StateTypeBinderTests
{
    [Theory]
    [InlineData(typeof(Dictionary<string, object>))]
    [InlineData(typeof(List<Member>))]
    [InlineData(typeof(ConversationReference))]
    [InlineData(typeof(Dictionary<string, (string Name, DateTimeOffset? At)>))]
    [InlineData(typeof(int[]))]
    [InlineData(typeof(StaffRole?))]
    [InlineData(typeof(Newtonsoft.Json.Linq.JObject))]
    public void Our_bot_framework_collection_and_value_types_may_be_stored(Type type) =>
        Assert.True(StateTypeBinder.IsAllowed(type));

    [Theory]
    [InlineData(typeof(FileInfo))]
    [InlineData(typeof(List<FileInfo>))]
    [InlineData(typeof(Dictionary<string, System.Diagnostics.Process>))]
    [InlineData(typeof(Type))]
    [InlineData(typeof(System.Reflection.Assembly[]))]
    public void Other_types_named_in_stored_json_are_refused(Type type) =>
        Assert.False(StateTypeBinder.IsAllowed(type));
}

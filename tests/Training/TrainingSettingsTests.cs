using FrontDesk.Tests.Harness;
using Microsoft.Extensions.Options;

namespace FrontDesk.Tests.Training;

public class TrainingSettingsTests
{
    [Theory]
    [InlineData("Training:ReminderTime", "25:00", "Training:ReminderTime must be a time like 16:00 (building time).")]
    [InlineData("Training:ReminderTime", "4pm", "Training:ReminderTime must be a time like 16:00 (building time).")]
    [InlineData("Training:QuarterReminderDays", "0", "Training:QuarterReminderDays must be from 1 to 80.")]
    [InlineData("Training:Currency", "Chinese yuan renminbi", "Training:Currency must be at most 10 characters.")]
    public void Bad_training_settings_stop_the_start_naming_the_key(string key, string value, string message)
    {
        using var app = new FrontDeskApp();
        app.Settings[key] = value;

        var error = Assert.ThrowsAny<Exception>(() => app.Services);
        var validation = Assert.IsType<OptionsValidationException>(error.GetBaseException());
        Assert.Contains(message, validation.Message, StringComparison.Ordinal);
    }
}

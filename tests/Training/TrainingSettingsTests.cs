using FrontDesk.Bot.Features;
using FrontDesk.Bot.Features.Training;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDesk.Tests.Training;

public class TrainingSettingsTests
{
    // The check the host runs at start for ValidateOnStart options, on AddTraining()'s own registration. (Starting the
    // whole app to see it fail races in WebApplicationFactory: now and then its host is disposed before the error
    // reaches the test, and ObjectDisposedException comes out instead.)
    [Theory]
    [InlineData("Training:ReminderTime", "25:00", "Training:ReminderTime must be a time like 16:00 (building time).")]
    [InlineData("Training:ReminderTime", "4pm", "Training:ReminderTime must be a time like 16:00 (building time).")]
    [InlineData("Training:QuarterReminderDays", "0", "Training:QuarterReminderDays must be from 1 to 80.")]
    [InlineData("Training:Currency", "Chinese yuan renminbi", "Training:Currency must be at most 10 characters.")]
    public void Bad_training_settings_stop_the_start_naming_the_key(string key, string value, string message)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration[key] = value;
        builder.Services.AddBuilding().AddTraining();
        using var app = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_settings_start()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Services.AddBuilding().AddTraining();
        using var app = builder.Build();

        app.Services.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal(new TimeOnly(16, 0), app.Services.GetRequiredService<FrontDesk.Data.Training.TrainingRules>().ReminderAt);
    }
}

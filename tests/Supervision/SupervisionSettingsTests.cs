using FrontDesk.Bot.Features;
using FrontDesk.Bot.Features.Supervision;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDesk.Tests.Supervision;

public class SupervisionSettingsTests
{
    // The check the host runs at start for ValidateOnStart options, on AddSupervision()'s own registration (see
    // TrainingSettingsTests for why not the whole app).
    [Theory]
    [InlineData("Supervision:RulesOwner", "Li Na", "Supervision:RulesOwner must be an email address")]
    [InlineData("Supervision:RulesOwner", "li.na@building", "Supervision:RulesOwner must be an email address")]
    [InlineData("Supervision:ReviewMonths", "0", "Supervision:ReviewMonths must be from 1 to 12.")]
    [InlineData("Supervision:ReviewMonths", "5", "Supervision:ReviewMonths 5 does not divide the year")]
    [InlineData("Supervision:ReviewCron", "first working day of July", "Supervision:ReviewCron must be a cron expression")]
    [InlineData("Supervision:ReviewCron", "0 9 1 13 *", "Supervision:ReviewCron must be a cron expression")]
    public void Bad_supervision_settings_stop_the_start_naming_the_key(string key, string value, string message)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Validate((key, value)));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_start_without_an_owner_and_review_every_half_year_on_the_first_weekday_of_january_and_july_at_0900()
    {
        Assert.Equal("0 9 1W 1,7 *", Validate().Cron);
        Assert.Null(Validate().Owner);
        Assert.Equal("0 9 1W 1,4,7,10 *", Validate(("Supervision:ReviewMonths", "3")).Cron);
        Assert.Equal("0 9 1W 1 *", Validate(("Supervision:ReviewMonths", "12")).Cron);
        // A cron of one's own takes any period length; the owner is matched whatever its case.
        var own = Validate(("Supervision:ReviewMonths", "5"), ("Supervision:ReviewCron", " 0 10 2W 6,11 * "), ("Supervision:RulesOwner", " Li.Na@Building.com "));
        Assert.Equal(("0 10 2W 6,11 *", "li.na@building.com"), (own.Cron, own.Owner));
    }

    private static SupervisionOptions Validate(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder();
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }
        builder.Services.AddBuilding().AddSupervision();
        using var app = builder.Build();
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        return app.Services.GetRequiredService<IOptions<SupervisionOptions>>().Value;
    }
}

using FrontDesk.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FrontDesk.Data.Postgres;

// Lets the EF tools build the PostgreSQL model: `dotnet ef migrations add <Name> --project data.Postgres` (this
// project is then the start-up project too, so this factory is the one used). The database named here is never
// opened by "migrations add".
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<FrontDeskDb>
{
    public FrontDeskDb CreateDbContext(string[] args) =>
        new(FrontDeskDatabase.Options(new DatabaseConnection(DatabaseProvider.Postgres, "Host=localhost;Database=frontdesk_design")));
}

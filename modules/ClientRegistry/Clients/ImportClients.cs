using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Modularity.Records;
using Platform.Modules.ClientRegistry.Data;
using Platform.Modules.ClientRegistry.Domain;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>
/// Imports a roster (xlsx, the template's columns) row by row as the sheet streams in. Every row is checked
/// with the same rules as the form; good rows are saved in batches, bad rows change nothing and are reported
/// with their row number, field and a Chinese message. A person already registered at this station is
/// updated, not duplicated, so importing the same file twice is harmless.
/// </summary>
[Requires(RegistryPermissions.Register)]
internal sealed class ImportClients : IRequest<ImportReport>, IAudited
{
    private const int BatchSize = 1000;

    public required Stream File { get; init; }

    /// <summary>Only for roles that span stations; a worker imports into their own station.</summary>
    public string? StationId { get; init; }

    string IAudited.AuditAction => "导入服务对象名单";

    string? IAudited.AuditTarget => StationId;

    string? IAudited.AuditDetail => Summary;

    internal string? Summary { get; private set; }

    internal sealed class Handler(RegistryDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<ImportClients, ImportReport>
    {
        public async Task<ImportReport> Handle(ImportClients request, CancellationToken cancellationToken)
        {
            var stationId = ClientRules.StationFor(user, request.StationId);

            var now = clock.GetUtcNow();
            var today = LocalTime.DateOf(now);
            var rejected = new List<ImportProblem>();
            var claimed = new HashSet<string>();
            var batch = new List<ParsedRow>();
            int imported = 0, updated = 0, rowNumber = 1;
            var checkedHeader = false;
            foreach (var row in Rows(request.File))
            {
                rowNumber++;
                if (!checkedHeader)
                {
                    var missing = new[] { ClientSheet.Name, ClientSheet.IdNumber, ClientSheet.Sex }.Where(c => !row.ContainsKey(c)).ToList();
                    if (missing.Count > 0)
                    {
                        throw new BusinessRuleException($"表格缺少“{string.Join("”“", missing)}”列，请下载模板后按模板填写。", "file");
                    }

                    checkedHeader = true;
                }

                if (row.Values.All(v => v is null || string.IsNullOrWhiteSpace(v.ToString())))
                {
                    continue;
                }

                switch (Parse(row, rowNumber, today, claimed))
                {
                    case ImportProblem problem:
                        rejected.Add(problem);
                        break;
                    case ParsedRow parsed:
                        batch.Add(parsed);
                        break;
                }

                if (batch.Count >= BatchSize)
                {
                    (imported, updated) = Add((imported, updated), await ApplyAsync(batch, stationId, now, today, rejected, cancellationToken));
                    batch.Clear();
                }
            }

            (imported, updated) = Add((imported, updated), await ApplyAsync(batch, stationId, now, today, rejected, cancellationToken));
            request.Summary = $"新增 {imported} 人，更新 {updated} 人，退回 {rejected.Count} 行";
            return new ImportReport(imported, updated, rejected.OrderBy(r => r.Row).ToList());
        }

        /// <summary>
        /// The sheet's rows as they stream in. A file that is not an xlsx workbook (a photo, a truncated or renamed file)
        /// makes the reader throw at its first or any later row; that is the uploader's mistake, answered as one.
        /// </summary>
        private static IEnumerable<IDictionary<string, object?>> Rows(Stream file)
        {
            IEnumerator<IDictionary<string, object?>>? rows = null;
            try
            {
                while (true)
                {
                    IDictionary<string, object?> row;
                    try
                    {
                        rows ??= file.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().GetEnumerator();
                        if (!rows.MoveNext())
                        {
                            yield break;
                        }

                        row = rows.Current;
                    }
                    catch (Exception unreadable) when (unreadable is not (BusinessRuleException or OperationCanceledException))
                    {
                        throw new BusinessRuleException("无法读取这个文件：请上传按模板填写的 Excel 表格（.xlsx）。", "file");
                    }

                    yield return row;
                }
            }
            finally
            {
                rows?.Dispose();
            }
        }

        private static (int, int) Add((int Imported, int Updated) total, (int Imported, int Updated) batch) =>
            (total.Imported + batch.Imported, total.Updated + batch.Updated);

        /// <summary>
        /// Everything that can be checked from the row alone. A person claimed by an earlier row is refused here;
        /// the only later refusal (registered at another station) holds for every row of that person alike.
        /// </summary>
        private static object Parse(IDictionary<string, object?> row, int rowNumber, DateOnly today, HashSet<string> claimed)
        {
            RegisterClient input;
            try
            {
                input = Read(row, today);
            }
            catch (BusinessRuleException ex)
            {
                return new ImportProblem(rowNumber, ex.Field ?? "", ex.Message);
            }

            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
            {
                var first = results[0];
                return new ImportProblem(rowNumber, JsonNamingPolicy.CamelCase.ConvertName(first.MemberNames.FirstOrDefault() ?? ""), first.ErrorMessage ?? "输入有误。");
            }

            ResidentIdNumber? id = null;
            if (!string.IsNullOrWhiteSpace(input.IdNumber) && !ResidentIdNumber.TryParse(input.IdNumber, today, out id, out var error))
            {
                return new ImportProblem(rowNumber, "idNumber", error!);
            }

            try
            {
                // The client's own identity rules, tried on a scratch record so that a refusal is known before the batch.
                new Client("check", default).SetIdentity(input.Name, id, input.NoIdReason, input.Sex ?? id?.Sex ?? Sex.Male, input.BirthDate);
            }
            catch (BusinessRuleException ex)
            {
                return new ImportProblem(rowNumber, ex.Field ?? "", ex.Message);
            }

            var key = id?.Value ?? $"{input.Name.Trim()}|{input.BirthDate}";
            if (!claimed.Add(key))
            {
                return new ImportProblem(rowNumber, id is null ? "name" : "idNumber", "与表格中前面的某一行是同一个人，本行未导入。");
            }

            return new ParsedRow(rowNumber, input, id);
        }

        /// <summary>Finds who already exists with one query for the batch, applies the rows and commits them together.</summary>
        private async Task<(int Imported, int Updated)> ApplyAsync(List<ParsedRow> batch, string stationId, DateTimeOffset now, DateOnly today, List<ImportProblem> rejected, CancellationToken cancellationToken)
        {
            if (batch.Count == 0)
            {
                return (0, 0);
            }

            var numbers = batch.Where(r => r.Id is not null).Select(r => r.Id!.Value).ToList();
            var existingByNumber = await db.Clients.IgnoreQueryFilters().Where(c => c.IdNumber != null && numbers.Contains(c.IdNumber)).ToDictionaryAsync(c => c.IdNumber!, cancellationToken);
            int imported = 0, updated = 0;
            foreach (var (rowNumber, input, id) in batch)
            {
                var existing = id is not null
                    ? existingByNumber.GetValueOrDefault(id.Value)
                    : await db.Clients.FirstOrDefaultAsync(c => c.StationId == stationId && c.IdNumber == null && c.Name == input.Name.Trim() && c.BirthDate == input.BirthDate, cancellationToken);
                if (existing is not null && existing.StationId != stationId)
                {
                    rejected.Add(new ImportProblem(rowNumber, "idNumber", await ClientRules.DuplicateMessageAsync(mediator, existing.StationId, stationId, cancellationToken)));
                    continue;
                }

                var client = existing ?? new Client(stationId, now.UtcDateTime);
                client.SetIdentity(input.Name, id, input.NoIdReason, input.Sex ?? id?.Sex ?? Sex.Male, input.BirthDate);
                client.SetContact(input.Ethnicity, input.Phone, input.RegisteredAddress, input.Address, input.Village);
                var categoriesChanged = client.SetCurrentCategories(input.Categories, today, "名单导入");
                client.Touch(now.UtcDateTime);
                if (existing is null)
                {
                    db.Clients.Add(client);
                    db.EnqueueAbout(RegistryMessages.Client(client), "registered", new ClientRegistered(client.Id, client.StationId, client.CategoriesOn(today)), clock);
                    imported++;
                }
                else
                {
                    if (categoriesChanged)
                    {
                        db.EnqueueAbout(RegistryMessages.Client(client), $"categories:{Guid.NewGuid():N}", new ClientCategoriesChanged(client.Id, client.StationId, client.CategoriesOn(today)), clock);
                    }

                    updated++;
                }
            }

            await SaveBatchAsync(cancellationToken);
            return (imported, updated);
        }

        private sealed record ParsedRow(int Row, RegisterClient Input, ResidentIdNumber? Id);

        private async Task SaveBatchAsync(CancellationToken cancellationToken)
        {
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        private static RegisterClient Read(IDictionary<string, object?> row, DateOnly today) => new()
        {
            Name = Text(row, ClientSheet.Name) ?? "",
            IdNumber = IdText(row),
            NoIdReason = Text(row, ClientSheet.NoIdReason),
            Sex = SexOf(Text(row, ClientSheet.Sex), IdText(row), today),
            BirthDate = DateOf(Cell(row, ClientSheet.BirthDate)),
            Ethnicity = Text(row, ClientSheet.Ethnicity),
            Phone = Text(row, ClientSheet.Phone),
            Village = Text(row, ClientSheet.Village),
            Address = Text(row, ClientSheet.Address),
            RegisteredAddress = Text(row, ClientSheet.RegisteredAddress),
            Categories = CategoriesOf(Text(row, ClientSheet.Categories)),
        };

        private static object? Cell(IDictionary<string, object?> row, string column) => row.TryGetValue(column, out var value) ? value : null;

        private static string? Text(IDictionary<string, object?> row, string column) => Cell(row, column) switch
        {
            null => null,
            double number when number == Math.Floor(number) => ((long)number).ToString(CultureInfo.InvariantCulture),
            DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            var value => string.IsNullOrWhiteSpace(value.ToString()) ? null : value.ToString()!.Trim(),
        };

        private static string? IdText(IDictionary<string, object?> row)
        {
            if (Cell(row, ClientSheet.IdNumber) is double)
            {
                // Excel keeps 15 significant digits: an 18-digit number typed as a number has already lost its last ones.
                throw new BusinessRuleException("身份证号被 Excel 存成了数字，后几位已丢失；请把该列设为“文本”后重新填写。", "idNumber");
            }

            return Text(row, ClientSheet.IdNumber);
        }

        private static Sex? SexOf(string? text, string? idNumber, DateOnly today) => text switch
        {
            "男" or "male" or "Male" => Sex.Male,
            "女" or "female" or "Female" => Sex.Female,
            null => ResidentIdNumber.TryParse(idNumber, today, out var id, out _) ? id!.Sex : null,
            _ => throw new BusinessRuleException($"性别“{text}”无法识别，请填“男”或“女”。", "sex"),
        };

        private static DateOnly? DateOf(object? value) => value switch
        {
            null => null,
            DateTime date => DateOnly.FromDateTime(date),
            string text when string.IsNullOrWhiteSpace(text) => null,
            string text when DateOnly.TryParse(text.Trim().Replace('/', '-').Replace('.', '-'), CultureInfo.InvariantCulture, out var date) => date,
            _ => throw new BusinessRuleException($"出生日期“{value}”无法识别，请按 yyyy-MM-dd 填写。", "birthDate"),
        };

        private static List<string> CategoriesOf(string? text)
        {
            if (text is null)
            {
                return [];
            }

            var codes = new List<string>();
            foreach (var part in text.Split(['；', ';', '，', ',', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var category = ClientCategories.All.FirstOrDefault(c => c.Name == part || c.Code == part.ToUpperInvariant())
                    ?? throw new BusinessRuleException($"类别“{part}”不在类别表中，请使用类别名称或代码。", "categories");
                codes.Add(category.Code);
            }

            return codes;
        }
    }
}

/// <summary>What an import did: new clients, updated ones, and the rows sent back with their reasons.</summary>
public sealed record ImportReport(int Imported, int Updated, IReadOnlyList<ImportProblem> Rejected);

/// <summary>A row sent back: its number in the sheet (the header is row 1), the field and a Chinese message.</summary>
public sealed record ImportProblem(int Row, string Field, string Message);

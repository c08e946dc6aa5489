using CrmSupportHub.Core.Webhooks;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Persistence.Sqlite.Inbox;

/// <summary>One prepared insert into <c>webhook_inbox</c>; a redelivery changes nothing.</summary>
internal sealed class InboxInsert : IDisposable
{
    private const string Sql = """
        INSERT INTO webhook_inbox (client_id, delivery_key, received_at, content_type, body, status)
        VALUES ($client_id, $delivery_key, $received_at, $content_type, $body, 'Pending')
        ON CONFLICT (client_id, delivery_key) DO NOTHING
        """;

    private readonly PreparedCommand _command;
    private readonly SqliteParameter _clientId, _deliveryKey, _receivedAt, _contentType, _body;

    public InboxInsert(SqliteTransaction transaction)
    {
        _command = new PreparedCommand(transaction, Sql);
        _clientId = _command.Add("$client_id");
        _deliveryKey = _command.Add("$delivery_key");
        _receivedAt = _command.Add("$received_at");
        _contentType = _command.Add("$content_type");
        _body = _command.Add("$body");
    }

    /// <returns><see langword="false"/> when the delivery was stored before.</returns>
    public bool Execute(InboxItem item)
    {
        _clientId.Value = item.ClientId;
        _deliveryKey.Value = item.DeliveryKey;
        _receivedAt.Value = DbText.FromInstant(item.ReceivedAt);
        _contentType.Value = PreparedCommand.Nullable(item.ContentType);
        _body.Value = item.Body;
        return _command.Execute() == 1;
    }

    public void Dispose() => _command.Dispose();
}

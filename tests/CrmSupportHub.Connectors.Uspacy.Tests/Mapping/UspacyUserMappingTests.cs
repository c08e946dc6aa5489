using System.Text.Json;
using CrmSupportHub.Connectors.Uspacy.Mapping;

namespace CrmSupportHub.Connectors.Uspacy.Tests.Mapping;

public sealed class UspacyUserMappingTests
{
    // The paged example of the API notes (Go user.Users / JS IUser shape), with an unknown extra field.
    private const string DocumentedPage = """
        {
          "data": [
            { "id": 7, "authUserId": 1042, "firstName": "Ada", "lastName": "Lovelace", "position": "Support lead",
              "active": true, "registered": true, "external_user": false, "roles": ["ADMIN"], "departmentsIds": ["3"],
              "email": [{ "id": "e1", "type": "work", "value": "ada@client.ua", "main": true }],
              "phone": [], "dateOfInvitation": 1717000000, "isOnline": false, "lastSeenAt": 1717700000, "customfield_9": {"x": 1} },
            { "id": 8, "firstName": "Bob", "lastName": "Invited", "active": true, "registered": false, "external_user": false, "roles": [] }
          ],
          "links": { "first": "?page=1", "last": "?page=5", "prev": null, "next": "?page=2" },
          "meta": { "current_page": 1, "from": 1, "last_page": 5, "per_page": 2, "to": 2, "total": 10 }
        }
        """;

    [Test]
    public void ToUser_DocumentedPage_MapsNameEmailAndActivity()
    {
        var users = Read(DocumentedPage).Select(UspacyMapper.ToUser).ToList();

        Assert.That(users, Is.EqualTo(new[]
        {
            new ExternalUser("7", "Ada Lovelace", "ada@client.ua", IsActive: true),
            new ExternalUser("8", "Bob Invited", null, IsActive: false),
        }));
    }

    [Test]
    public void Read_ListAll_IsABareArray()
    {
        var users = Read("""[{ "id": "12", "firstName": "Ira", "active": 1, "registered": "true" }, 5, null]""");

        Assert.That(users.Select(UspacyMapper.ToUser), Is.EqualTo(new[] { new ExternalUser("12", "Ira", null, IsActive: true) }));
    }

    [TestCase("""{ "id": 1, "active": true, "registered": true, "external_user": true }""", false, TestName = "ToUser_ExternalUserFlag_IsNotActive")]
    [TestCase("""{ "id": 1, "active": true, "registered": true, "roles": ["USER", "external_user"] }""", false, TestName = "ToUser_ExternalUserRole_IsNotActive")]
    [TestCase("""{ "id": 1, "active": false, "registered": true }""", false, TestName = "ToUser_Deactivated_IsNotActive")]
    [TestCase("""{ "id": 1, "active": true, "registered": false }""", false, TestName = "ToUser_InvitedNotRegistered_IsNotActive")]
    [TestCase("""{ "id": 1, "active": true }""", true, TestName = "ToUser_RegisteredMissing_CountsAsRegistered")]
    [TestCase("""{ "id": 1, "registered": true }""", false, TestName = "ToUser_ActiveMissing_IsNotActive")]
    [TestCase("""{ "id": 1, "active": null, "registered": null, "external_user": null, "roles": null }""", false, TestName = "ToUser_NullFlags_IsNotActive")]
    public void ToUser_Flags_DecideActivity(string json, bool active)
    {
        var user = UspacyMapper.ToUser(ReadOne(json));

        Assert.That(user?.IsActive, Is.EqualTo(active));
    }

    [Test]
    public void ToUser_NoName_FallsBackToTheMainEmailThenTheId()
    {
        var withEmail = ReadOne("""{ "id": 3, "firstName": " ", "email": [{ "value": "x@a.ua" }, { "value": "main@a.ua", "main": true }] }""");
        var bare = ReadOne("""{ "id": 4, "email": [{ "value": null }] }""");

        Assert.That(
            (UspacyMapper.ToUser(withEmail)?.Name, UspacyMapper.ToUser(withEmail)?.Email, UspacyMapper.ToUser(bare)?.Name),
            Is.EqualTo(("main@a.ua", "main@a.ua", "User 4")));
    }

    [Test]
    public void ToUser_NoId_IsSkipped()
    {
        Assert.That(UspacyMapper.ToUser(ReadOne("""{ "firstName": "Ghost", "active": true }""")), Is.Null);
    }

    [Test]
    public void Read_ObjectWithoutData_IsRejected()
    {
        Assert.Throws<JsonException>(() => Read("""{ "message": "Forbidden" }"""));
    }

    private static IReadOnlyList<Api.Dtos.UserDto> Read(string json) =>
        JsonSerializer.Deserialize(json, UspacyJsonContext.Default.UserListDto)!.Users;

    private static Api.Dtos.UserDto ReadOne(string json) => JsonSerializer.Deserialize(json, UspacyJsonContext.Default.UserDto)!;
}

/// The built-in notice wording, per kind and language. Offices usually rewrite these in their
/// own voice: `groupslim report --export-templates DIR` writes them out for editing.
extension NoticeTemplates {
    static let defaults: [String: String] = [
        "dissolve.zh.txt": """
        【工作群清理通知（草稿）】
        {{owner_unit}} 群主：

        根据基层减负工作要求，经对截至 {{as_of}} 的工作群数据分析，您负责的工作群“{{group_name}}”（{{group_id}}）拟列入解散名单。

        原因：{{verdicts}}
        依据：
        {{evidence}}

        下一步：
        1. 如该群仍承担必要工作，请在回复中说明，转人工复核；
        2. 如无异议，请由群主在群内告知成员后解散该群（平台规定只有群主可以解散）；
        3. 本群现有成员 {{members}} 人，名单已留存，如需恢复可据此重建。

        本通知由清理方案自动起草，仅为建议，未做任何改动。

        """,
        "dissolve.en.txt": """
        [Work-group cleanup notice: draft]
        To the owner ({{owner_unit}}):

        Our review of the work-group data up to {{as_of}} proposes to dissolve your group "{{group_name}}" ({{group_id}}).

        Why: {{verdicts}}
        Evidence:
        {{evidence}}

        What happens next:
        1. If the group still does necessary work, reply and say so; it will be reviewed by a person.
        2. Otherwise, please tell the members and dissolve the group yourself (only an owner can).
        3. The member list ({{members}} people) has been kept, so the group can be rebuilt if needed.

        This notice was drafted from the cleanup plan. It is a proposal; nothing has been changed.

        """,
        "merge.zh.txt": """
        【工作群合并通知（草稿）】
        {{owner_unit}} 群主：

        经对截至 {{as_of}} 的工作群数据分析，您负责的工作群“{{group_name}}”（{{group_id}}）与“{{merge_into_name}}”（{{merge_into}}）成员和职能高度重合，拟并入后者。

        原因：{{verdicts}}
        依据：
        {{evidence}}

        合并后该群预计 {{expected_messages_per_day}} 条消息/天。
        下一步：
        1. 请与保留群群主确认，把尚未在保留群中的成员（{{members_affected}} 人中的部分）拉入保留群；
        2. 在本群发布迁移说明后再解散本群；
        3. 如有不宜合并的理由，请回复说明，转人工复核。

        本通知由清理方案自动起草，仅为建议，未做任何改动。

        """,
        "merge.en.txt": """
        [Work-group merge notice: draft]
        To the owner ({{owner_unit}}):

        Our review of the data up to {{as_of}} found that your group "{{group_name}}" ({{group_id}}) does the same work for nearly the same people as "{{merge_into_name}}" ({{merge_into}}). We propose to merge it into that group.

        Why: {{verdicts}}
        Evidence:
        {{evidence}}

        The merged group is expected to carry {{expected_messages_per_day}} messages a day.
        What happens next:
        1. Agree with the surviving group's owner to add the members of your group ({{members_affected}} people) who are not in it yet.
        2. Post a note about the move in your group, then dissolve it.
        3. If the groups should stay apart, reply and say why; a person will review it.

        This notice was drafted from the cleanup plan. It is a proposal; nothing has been changed.

        """,
        "review.zh.txt": """
        【工作群复核请求（草稿）】
        {{owner_unit}} 群主：

        经对截至 {{as_of}} 的工作群数据分析，工作群“{{group_name}}”（{{group_id}}）需要人工确认去留。

        情况：
        {{evidence}}

        下一步：请在回复中说明该群当前承担的工作，以及是否仍需保留、是否可与其他群合并。

        本通知由清理方案自动起草，仅为建议，未做任何改动。

        """,
        "review.en.txt": """
        [Work-group review request: draft]
        To the owner ({{owner_unit}}):

        Our review of the data up to {{as_of}} could not decide on your group "{{group_name}}" ({{group_id}}); a person needs to.

        What we found:
        {{evidence}}

        What happens next: please reply with the work the group does now, and whether it is still needed or could join another group.

        This notice was drafted from the cleanup plan. It is a proposal; nothing has been changed.

        """,
        "survivor.zh.txt": """
        【工作群合并通知（草稿）】
        {{owner_unit}} 群主：

        经对截至 {{as_of}} 的工作群数据分析，拟将 {{merged_groups}} 并入您负责的工作群“{{group_name}}”（{{group_id}}），本群保留。

        合并后本群预计 {{expected_messages_per_day}} 条消息/天，需新拉入 {{members_affected}} 人。
        下一步：请与被并入群的群主配合拉人，并在本群说明新成员来源和本群职能。

        本通知由清理方案自动起草，仅为建议，未做任何改动。

        """,
        "survivor.en.txt": """
        [Work-group merge notice: draft]
        To the owner ({{owner_unit}}):

        Our review of the data up to {{as_of}} proposes to merge {{merged_groups}} into your group "{{group_name}}" ({{group_id}}), which stays.

        The merged group is expected to carry {{expected_messages_per_day}} messages a day; {{members_affected}} people would join it.
        What happens next: work with the owners of the merged groups to add their members, and tell your group what it now covers.

        This notice was drafted from the cleanup plan. It is a proposal; nothing has been changed.

        """,
    ]
}

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="45"/>
        <source>Capacity over time, by actor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="46"/>
        <source>Capacity (staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="47"/>
        <source>Assignments without a capacity (not counted): {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="48"/>
        <source>Coverage of required days, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="49"/>
        <source>Share of required days covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="50"/>
        <source>Findings by rule and severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="51"/>
        <source>Funding of required function-days, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="52"/>
        <source>Share of required function-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="53"/>
        <source>Nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="55"/>
        <source>Secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="56"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="163"/>
        <source>Pledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="57"/>
        <source>Not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="58"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="164"/>
        <source>Unfunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="59"/>
        <source>Uncovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="62"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="555"/>
        <source>Presence gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="63"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="553"/>
        <source>Coverage gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="64"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="166"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="554"/>
        <source>Funding gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="65"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="168"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="565"/>
        <source>Capacity cliff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="66"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="167"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="565"/>
        <source>Cold handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="67"/>
        <source>Outlives presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="68"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="169"/>
        <source>Lead change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="69"/>
        <source>Drawdown before election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="72"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="73"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="74"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="75"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="76"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="300"/>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="303"/>
        <source>Create a blank plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="307"/>
        <source>New plan from &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="310"/>
        <source>Create a plan from the generic PKO → SPM → UNCT template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="314"/>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="317"/>
        <source>Open another workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="321"/>
        <source>&amp;Import workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="324"/>
        <source>Import an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="328"/>
        <source>&amp;Export workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="331"/>
        <source>Write the plan as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="335"/>
        <source>Export timeline &amp;picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="338"/>
        <source>Save the timeline as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="342"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="345"/>
        <source>Restore the workspace from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="349"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="349"/>
        <source>Close the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="352"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="355"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="366"/>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="369"/>
        <source>Add a row to the current table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="373"/>
        <source>&amp;Delete rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="376"/>
        <source>Delete the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="380"/>
        <source>D&amp;uplicate rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="383"/>
        <source>Duplicate the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="387"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="390"/>
        <source>Filter the current table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="394"/>
        <source>Re&amp;name plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="397"/>
        <source>Rename the current plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="401"/>
        <source>Duplicate p&amp;lan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="404"/>
        <source>Copy the current plan (a scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="408"/>
        <source>Delete pla&amp;n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="411"/>
        <source>Delete the current plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="417"/>
        <source>&amp;Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="417"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="417"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="423"/>
        <source>&amp;Gaps panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="423"/>
        <source>Go to the gaps panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="426"/>
        <source>&amp;Plan browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="429"/>
        <source>Go to the plan browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="433"/>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="433"/>
        <source>Restore the default window layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="436"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="439"/>
        <source>Read the user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="443"/>
        <source>&amp;About Transition Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="159"/>
        <source>UN presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="160"/>
        <source>HQ lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="161"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="162"/>
        <source>Secured or not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="165"/>
        <source>Coverage / presence gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="170"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="171"/>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="172"/>
        <source>{n} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="173"/>
        <source>{name} · {kind} · {lead} lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="174"/>
        <source>{lead} ({presence})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="175"/>
        <source>{name} · {priority}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="176"/>
        <source>… and {n} more actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="178"/>
        <source>No functions yet: add functions and assignments to see who carries what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="535"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="560"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="581"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="589"/>
        <source>{0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="536"/>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="540"/>
        <source>Capacity: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="541"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="544"/>
        <source>not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="545"/>
        <source>Funding: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="549"/>
        <source>Click to select · drag an edge to change the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="559"/>
        <source>{0} ({1}): {2} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="568"/>
        <source>{0} ({1}) on {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="573"/>
        <source>{0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="577"/>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="580"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="582"/>
        <source>HQ lead: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="588"/>
        <source>HQ lead: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="594"/>
        <source>Lead change on {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="188"/>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="191"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="193"/>
        <source>{0} — {1} ({2:,} KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="195"/>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="205"/>
        <source>A backup is made before every import and restore. Restoring replaces the whole workspace by the backup; the current workspace is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="209"/>
        <source>This workspace has no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="215"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeReviewDialog</name>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="54"/>
        <source>Review the workbook&apos;s changes to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="59"/>
        <source>The workbook adds {0}, changes {1} and removes {2} rows of “{3}”. Tick what you accept; nothing is written until you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="67"/>
        <source>Changes in the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="68"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="68"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="74"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="75"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="76"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="79"/>
        <source>Summary (plan settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="115"/>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="116"/>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="121"/>
        <source>&amp;Apply selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="138"/>
        <source>The workbook holds no changes to this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="168"/>
        <source>Nothing is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="174"/>
        <source>The selected changes cannot be applied alone:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceEdit</name>
    <message>
        <location filename="../../src/transition_planner/ui/delegates.py" line="149"/>
        <source>Type to search, or Alt+Down for the list</source>
        <extracomment>A choice was confirmed (Return, or a completion picked): commit the editor.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="29"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="33"/>
        <source>Dashboard charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../src/transition_planner/ui/delegates.py" line="52"/>
        <source>YYYY-MM-DD (blank: none)</source>
        <extracomment>A date was picked in the calendar (the editor should be committed). Return or Enter in the field (the editor should be committed). Escape in the field (the editor should be closed without a change).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/delegates.py" line="52"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/delegates.py" line="54"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/delegates.py" line="56"/>
        <source>Type a date as YYYY-MM-DD or press Alt+Down for a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/delegates.py" line="57"/>
        <source>; leave blank for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/delegates.py" line="61"/>
        <source>Pick a date from the calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/delegates.py" line="62"/>
        <source>Open calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/delegates.py" line="73"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityItemDelegate</name>
    <message>
        <location filename="../../src/transition_planner/ui/delegates.py" line="199"/>
        <source>blank: unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityTable</name>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="91"/>
        <source>Filter {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="92"/>
        <source>Filter {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="96"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="97"/>
        <source>Add a row (Ctrl+Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="98"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="99"/>
        <source>Duplicate the selected rows (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="100"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="101"/>
        <source>Delete the selected rows (Ctrl+Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="153"/>
        <source>Not saved: {0}</source>
        <extracomment>set when the widths were fitted or restored from the settings</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="485"/>
        <source>presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="486"/>
        <source>actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="487"/>
        <source>function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="488"/>
        <source>assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="489"/>
        <source>milestone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="94"/>
        <source>a date is required (YYYY-MM-DD)</source>
        <extracomment>list[tuple[str, object]]: (label, value) pairs an editor offers for the cell. The column&apos;s kind: &quot;text&quot;, &quot;date&quot;, &quot;optional_date&quot;, &quot;enum&quot;, &quot;optional_enum&quot;, &quot;ref&quot;, &quot;optional_ref&quot;, &quot;number&quot;. The message of a rejected input on this cell (&quot;&quot; when none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="100"/>
        <source>&apos;{0}&apos; is not a date; type it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="114"/>
        <source>&apos;{0}&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="118"/>
        <source>capacity must be a number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="277"/>
        <source>Not saved: {0}</source>
        <extracomment>The sheet-like plural name, for messages and settings keys. Input was refused (the reason); the cell shows it too. (entity id, field) → (typed text, reason) of rejected input reference field → id → name, for the current plan</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="288"/>
        <source>blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="295"/>
        <source>Blank: open-ended (until the horizon&apos;s end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="299"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="641"/>
        <source>Blank: from the horizon&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="303"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="647"/>
        <source>Blank: until the horizon&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="354"/>
        <source>(not tracked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="361"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="390"/>
        <source>Change {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="423"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="441"/>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="430"/>
        <source>unknown value &apos;{0}&apos;; choose one of: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="451"/>
        <source>unknown {0} &apos;{1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="460"/>
        <source>a name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="549"/>
        <source>presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="550"/>
        <source>actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="551"/>
        <source>function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="560"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="606"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="634"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="722"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="561"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="724"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="562"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="677"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="565"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="680"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="567"/>
        <source>Blank: ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="571"/>
        <source>Lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="575"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="576"/>
        <source>Mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="577"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="617"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="649"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="699"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="725"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="595"/>
        <source>New presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="607"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="610"/>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="612"/>
        <source>The presence this actor belongs to: it acts only while it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="624"/>
        <source>New actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="635"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="636"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="639"/>
        <source>Required from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="645"/>
        <source>Required until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="656"/>
        <source>New function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="675"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="676"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="682"/>
        <source>Blank: open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="686"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="688"/>
        <source>A number of at least 0 (e.g. staff); blank: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="694"/>
        <source>Funding status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="698"/>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="706"/>
        <source>add a function and an actor before adding an assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="723"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="731"/>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="59"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="60"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="61"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="62"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="63"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="64"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="65"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="141"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="142"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="143"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="144"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="145"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="152"/>
        <source>Presence gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="153"/>
        <source>Coverage gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="154"/>
        <source>Funding gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="155"/>
        <source>Capacity cliff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="156"/>
        <source>Cold handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="157"/>
        <source>Outlives presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="158"/>
        <source>Lead change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="159"/>
        <source>Drawdown before election</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GapsPanel</name>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="230"/>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="234"/>
        <source>Continuity score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="237"/>
        <source>Share of the required days of the functions that are covered, weighted by priority (Critical 8, High 4, Medium 2, Low 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="244"/>
        <source>Findings by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="247"/>
        <source>Filter by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="248"/>
        <source>Show the findings of one rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="249"/>
        <source>All rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="253"/>
        <source>Filter by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="254"/>
        <source>Show the findings of one severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="255"/>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="259"/>
        <source>Filter by function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="260"/>
        <source>Show the findings of one function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="261"/>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="352"/>
        <source>All functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="263"/>
        <source>Search findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="264"/>
        <source>Search findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="269"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="286"/>
        <source>Double-click or press Enter to show the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="327"/>
        <source>Continuity score: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="332"/>
        <source>Continuity score: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="333"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="247"/>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="251"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="257"/>
        <source>The user guide (docs/USER_GUIDE.md) is not installed with this copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="129"/>
        <source>Views</source>
        <extracomment>Emitted after the views show a new analysis of the current plan. Emitted after a background task (import, export, analysis) has ended.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="133"/>
        <source>The timeline view is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="137"/>
        <source>The dashboard is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="139"/>
        <source>&amp;Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="140"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="141"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="175"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="249"/>
        <source>&lt;b&gt;Welcome to Transition Planner.&lt;/b&gt; Your workspace holds three example plans: the template (Kandora, PKO → SPM → UN country team), Haiti and Sudan. Pick one on the left to see its tables, its timeline and its gaps. To plan your own transition use &lt;i&gt;File → New plan from template&lt;/i&gt; (Ctrl+Shift+N), then edit the presences, functions and assignments: the gaps panel updates after every edit and every edit can be undone. &lt;i&gt;Help → User guide&lt;/i&gt; (F1) explains more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="262"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="263"/>
        <source>Close the welcome note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="448"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="453"/>
        <source>&amp;Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="464"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="477"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="485"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="531"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="551"/>
        <source>Workspace in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="552"/>
        <source>{0}

Open it read-only? You can look but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="559"/>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="612"/>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="614"/>
        <source>Transition Planner workspaces (*.tpw *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="658"/>
        <source>Continuity score: analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="666"/>
        <source>Analysis failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="721"/>
        <source>{0} (and {1} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="754"/>
        <source>Could not do “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="809"/>
        <source>New plan from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="809"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="817"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="810"/>
        <source>Name of the new plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="811"/>
        <source>New transition plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="817"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="843"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="867"/>
        <source>A plan named “{0}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="822"/>
        <source>New plan {0} from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="822"/>
        <source>New plan {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="834"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="842"/>
        <source>Duplicate plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="835"/>
        <source>Name of the copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="836"/>
        <source>{0} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="851"/>
        <source>Duplicate plan as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="862"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="867"/>
        <source>Rename plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="862"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="875"/>
        <source>Rename plan {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="885"/>
        <source>Delete plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="887"/>
        <source>Delete the plan “{0}” with its {1} assignments? You can undo this with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="897"/>
        <source>Delete plan {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="916"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="926"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1007"/>
        <source>Import workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="916"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1046"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="928"/>
        <source>Import “{0}” into the plan “{1}”, or as a new plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="933"/>
        <source>Into “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="936"/>
        <source>As a new plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="962"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="999"/>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="982"/>
        <source>Import workbook into {0} ({1} added, {2} changed, {3} removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1008"/>
        <source>A plan named “{0}” already exists. Name of the imported plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1018"/>
        <source>Import {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1029"/>
        <source>{0} problem(s); nothing was imported:
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1034"/>
        <source>Cannot import {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1044"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1065"/>
        <source>Export workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1061"/>
        <source>Exported {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1063"/>
        <source> ({0} warnings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1071"/>
        <source>Cannot export to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1079"/>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1089"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1097"/>
        <source>Export timeline picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1090"/>
        <source>Timeline pictures are not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1099"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1108"/>
        <source>Saved the timeline of {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1112"/>
        <source>Cannot save {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1121"/>
        <source>Drawing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1138"/>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1140"/>
        <source>Replace the whole workspace by the backup {0}? The current workspace is backed up first. This cannot be undone with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1154"/>
        <source>Cannot restore {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1168"/>
        <source>About Transition Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1170"/>
        <source>&lt;h3&gt;Transition Planner {0}&lt;/h3&gt;&lt;p&gt;Plan UN transitions (PKO → SPM → UN country team) and see every gap in continuity of care.&lt;/p&gt;&lt;p&gt;Workspace: {1}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1231"/>
        <source>Not moved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1237"/>
        <source>Move {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanBrowser</name>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="146"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="149"/>
        <source>Search plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="150"/>
        <source>Search plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="156"/>
        <source>Plans of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="179"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="179"/>
        <source>New blank plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="181"/>
        <source>From template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="181"/>
        <source>New plan from the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="184"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="184"/>
        <source>Duplicate the selected plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="187"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="187"/>
        <source>Rename the selected plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="190"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="190"/>
        <source>Delete the selected plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="341"/>
        <source>Plan tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="343"/>
        <source>Presences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="344"/>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="345"/>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="346"/>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="347"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="405"/>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="472"/>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="420"/>
        <source>Add {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="439"/>
        <source>Duplicate {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="441"/>
        <source>Duplicate {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="455"/>
        <source>Delete {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="457"/>
        <source>Delete {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="476"/>
        <source>Change plan {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="478"/>
        <source>Change plan settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="496"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="497"/>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="498"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="499"/>
        <source>horizon start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="500"/>
        <source>horizon end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="501"/>
        <source>minimum overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="502"/>
        <source>cliff threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="50"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="51"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="52"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="53"/>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="112"/>
        <source>{0}
{1} – {2}
{3} presences, {4} actors, {5} functions, {6} assignments, {7} milestones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSettingsForm</name>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="201"/>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="203"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="205"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="209"/>
        <source>Horizon start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="211"/>
        <source>Horizon end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="214"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="215"/>
        <source>Minimum overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="217"/>
        <source>A handover with less overlap than this is a cold handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="223"/>
        <source>Cliff threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="225"/>
        <source>A capacity falling below this share of the day before is a capacity cliff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="227"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="229"/>
        <source>Save the plan settings (Enter in a field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="236"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="237"/>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="238"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="240"/>
        <source>Horizon &amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="241"/>
        <source>Horizon &amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="242"/>
        <source>Minimum &amp;overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="243"/>
        <source>C&amp;liff threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../src/transition_planner/ui/workers.py" line="84"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workers.py" line="85"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="73"/>
        <source>Timeline</source>
        <extracomment>Pixels a row should get at least on screen; more rows than fit scroll vertically. The pointer must move this many pixels before a press on a bar becomes a pan. The narrowest time window (days) and the widest (a multiple of the horizon). Text on bars, gaps and presences at a time on screen (each costs about a millisecond).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="78"/>
        <source>Timeline chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="82"/>
        <source>Fit horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="82"/>
        <source>Show the whole horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="85"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="87"/>
        <source>Zoom in on the time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="91"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="93"/>
        <source>Zoom out of the time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="98"/>
        <source>Wheel: zoom · drag: pan · Shift+wheel: scroll rows · drag a bar&apos;s edge: change its dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="113"/>
        <source>Timeline legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="716"/>
        <source>{0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="716"/>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

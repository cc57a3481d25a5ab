<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="44"/>
        <source>Capacity over time, by actor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="45"/>
        <source>Capacity (staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="46"/>
        <source>Assignments without a capacity (not counted): {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="47"/>
        <source>Coverage of required days, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="48"/>
        <source>Share of required days covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="49"/>
        <source>Findings by rule and severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="50"/>
        <source>Funding of required function-days, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="51"/>
        <source>Share of required function-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="52"/>
        <source>Nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="54"/>
        <source>Secured</source>
        <translation type="unfinished">Acquis</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="55"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="166"/>
        <source>Pledged</source>
        <translation type="unfinished">Annoncé</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="56"/>
        <source>Not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="57"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="167"/>
        <source>Unfunded</source>
        <translation type="unfinished">Non financé</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="58"/>
        <source>Uncovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="61"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="554"/>
        <source>Presence gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="62"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="552"/>
        <source>Coverage gap</source>
        <translation type="unfinished">Lacune de couverture</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="63"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="169"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="553"/>
        <source>Funding gap</source>
        <translation type="unfinished">Déficit de financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="64"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="171"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="564"/>
        <source>Capacity cliff</source>
        <translation type="unfinished">Chute de capacité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="65"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="170"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="564"/>
        <source>Cold handover</source>
        <translation type="unfinished">Chevauchement insuffisant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="66"/>
        <source>Outlives presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="67"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="172"/>
        <source>Lead change</source>
        <translation type="unfinished">Changement de chef de file</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="68"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="174"/>
        <source>Drawdown before election</source>
        <translation type="unfinished">Retrait avant une élection</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="71"/>
        <source>Critical</source>
        <translation type="unfinished">Critique</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="72"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="73"/>
        <source>Medium</source>
        <translation type="unfinished">Moyenne</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="74"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="75"/>
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
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="162"/>
        <source>UN presence</source>
        <translation type="unfinished">Présence de l&apos;ONU</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="163"/>
        <source>HQ lead</source>
        <translation type="unfinished">Chef de file au Siège</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="164"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="165"/>
        <source>Secured or not tracked</source>
        <translation type="unfinished">Acquis ou non suivi</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="168"/>
        <source>Coverage / presence gap</source>
        <translation type="unfinished">Lacune de couverture / de présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="173"/>
        <source>Outside its presence</source>
        <translation type="unfinished">Hors de sa présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="175"/>
        <source>Milestone</source>
        <translation type="unfinished">Jalon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="176"/>
        <source>Not required</source>
        <translation type="unfinished">Non requise</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="177"/>
        <source>{n} d</source>
        <translation type="unfinished">{n} j</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="178"/>
        <source>{name} · {kind} · {lead} lead</source>
        <translation type="unfinished">{name} · {kind} · chef de file {lead}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="179"/>
        <source>{lead} ({presence})</source>
        <translation type="unfinished">{lead} ({presence})</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="180"/>
        <source>{name} · {priority}</source>
        <translation type="unfinished">{name} · {priority}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="181"/>
        <source>… and {n} more actors</source>
        <translation type="unfinished">… et {n} autres acteurs</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="183"/>
        <source>No functions yet: add functions and assignments to see who carries what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="534"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="559"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="577"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="599"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="607"/>
        <source>{0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="535"/>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="539"/>
        <source>Capacity: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="540"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="543"/>
        <source>not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="544"/>
        <source>Funding: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="548"/>
        <source>Click to select · drag an edge to change the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="558"/>
        <source>{0} ({1}): {2} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="567"/>
        <source>{0} ({1}) on {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="574"/>
        <source>Outside its presence ({0}): {1} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="584"/>
        <source>Drawdown {0} days before an election ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="591"/>
        <source>{0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="595"/>
        <source>ongoing</source>
        <translation type="unfinished">en cours</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="598"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="600"/>
        <source>HQ lead: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="606"/>
        <source>HQ lead: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="612"/>
        <source>Lead change on {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorType</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="344"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="345"/>
        <source>UN entity</source>
        <translation>Entité des Nations Unies</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="346"/>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="347"/>
        <source>Regional organization</source>
        <translation>Organisation régionale</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="348"/>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="349"/>
        <source>Bilateral partner</source>
        <translation>Partenaire bilatéral</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="350"/>
        <source>Other</source>
        <translation>Autre</translation>
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
    <name>Brief</name>
    <message>
        <location filename="../../src/transition_planner/brief/blocks.py" line="108"/>
        <source>ongoing</source>
        <extracomment>A finding&apos;s sentence is cut at this many characters, a name at `name_chars`.</extracomment>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/blocks.py" line="114"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="36"/>
        <source>Who carries each function over the horizon; hatched orange: gaps; the vertical line marks the as-of day.</source>
        <translation>Qui assure chaque fonction sur l&apos;horizon&#xa0;; hachures orange&#xa0;: lacunes&#xa0;; la ligne verticale marque la date de référence.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="43"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="51"/>
        <source>Handovers that need action</source>
        <translation>Passations à traiter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/brief/details.py" line="54"/>
        <source>No handover is overdue, without a receiver or due in the next %n days.</source>
        <translation>
            <numerusform>Aucune passation n&apos;est en retard, ni sans destinataire, ni à échéance sous %n jour.</numerusform>
            <numerusform>Aucune passation n&apos;est en retard, ni sans destinataire, ni à échéance sous %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="61"/>
        <source>The plan has no handover register yet.</source>
        <translation>Le plan n&apos;a pas encore de registre des passations.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="65"/>
        <source>Item</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="66"/>
        <location filename="../../src/transition_planner/brief/overview.py" line="134"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="67"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="68"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="69"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="70"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="78"/>
        <source>Overdue, without a receiver, or due by {day} ({n} days after the as-of day).</source>
        <translation>En retard, sans destinataire ou à échéance au plus tard le {day} ({n} jours après la date de référence).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/brief/details.py" line="93"/>
        <source>… and %n more handover(s) that need action.</source>
        <translation>
            <numerusform>… et %n autre passation à traiter.</numerusform>
            <numerusform>… et %n autres passations à traiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/brief/details.py" line="112"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="115"/>
        <source>Due on the as-of day</source>
        <translation>Due à la date de référence</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/brief/details.py" line="117"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due dans %n jour</numerusform>
            <numerusform>Due dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="120"/>
        <source>No receiver</source>
        <translation>Sans destinataire</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="123"/>
        <source>nobody yet</source>
        <translation>personne à ce jour</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="143"/>
        <source>By kind</source>
        <translation>Par type</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="158"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="166"/>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="191"/>
        <source>▼ financial cliff: secured and pledged funding falls below the plan&apos;s threshold of the year before.</source>
        <translation>▼ chute du financement&#xa0;: le financement acquis et annoncé tombe sous le seuil du plan, rapporté à l&apos;année précédente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/brief/details.py" line="200"/>
        <source>%n year(s) with funding lines not shown.</source>
        <translation>
            <numerusform>%n année comportant des lignes de financement n&apos;est pas affichée.</numerusform>
            <numerusform>%n années comportant des lignes de financement ne sont pas affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="204"/>
        <source>Funding by year and kind</source>
        <translation>Financement par année et par type</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="215"/>
        <source>Amounts in millions of US dollars.</source>
        <translation>Montants en millions de dollars des États-Unis.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="217"/>
        <source>Amounts in thousands of US dollars.</source>
        <translation>Montants en milliers de dollars des États-Unis.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/details.py" line="218"/>
        <source>Amounts in US dollars.</source>
        <translation>Montants en dollars des États-Unis.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/document.py" line="85"/>
        <source>Transition brief: {plan}</source>
        <extracomment>The timeline&apos;s height on paper is kept within these bounds (inches). From the richest brief to the barest; the last always fits two pages.</extracomment>
        <translation>Note de synthèse sur la transition&#xa0;: {plan}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/document.py" line="86"/>
        <source>Brief as of {day}</source>
        <translation>Note de synthèse au {day}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/document.py" line="130"/>
        <source>{app} · {plan} · as of {day}</source>
        <extracomment>Set while the document is built (see `_Layout`).</extracomment>
        <translation>{app} · {plan} · au {day}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/document.py" line="134"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="49"/>
        <source>{region} regional division</source>
        <translation>division régionale {region}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="53"/>
        <source>horizon {start} – {end}</source>
        <translation>horizon {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="59"/>
        <source>Transition brief</source>
        <translation>Note de synthèse sur la transition</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="70"/>
        <source>not analysed</source>
        <translation>non analysé</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="76"/>
        <source>none after the as-of day</source>
        <translation>aucun après la date de référence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="79"/>
        <location filename="../../src/transition_planner/brief/picture.py" line="47"/>
        <source>As of</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="80"/>
        <source>Continuity score</source>
        <translation>Indice de continuité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="92"/>
        <source>Next milestone</source>
        <translation>Prochain jalon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="118"/>
        <source>The transition</source>
        <translation>La transition</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="123"/>
        <source>The full description is in the plan&apos;s Summary.</source>
        <translation>La description complète figure dans la synthèse du plan.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="132"/>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="133"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="135"/>
        <source>Until</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="136"/>
        <location filename="../../src/transition_planner/brief/picture.py" line="46"/>
        <source>HQ lead</source>
        <translation>Chef de file au Siège</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="142"/>
        <source>{before}, then {after}</source>
        <translation>{before}, puis {after}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="158"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="158"/>
        <source>Lead at headquarters</source>
        <translation>Chef de file au Siège</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="162"/>
        <source>{department} through {presence}</source>
        <translation>{department} pour {presence}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="166"/>
        <source>{lead} (the same department, renamed)</source>
        <translation>{lead} (même département, renommé)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/brief/overview.py" line="176"/>
        <source>… and %n more presence(s).</source>
        <translation>
            <numerusform>… et %n autre présence.</numerusform>
            <numerusform>… et %n autres présences.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="181"/>
        <source>Presences and the lead at headquarters</source>
        <translation>Présences et chef de file au Siège</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="186"/>
        <source>The plan has no presences.</source>
        <translation>Le plan ne compte aucune présence.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="194"/>
        <source>Top risks</source>
        <translation>Principaux risques</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/overview.py" line="199"/>
        <source>The analysis finds no risk.</source>
        <translation>L&apos;analyse ne relève aucun risque.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/brief/overview.py" line="202"/>
        <source>The most severe of the plan&apos;s %n finding(s), those not over on {day} first.</source>
        <translation>
            <numerusform>Le plus grave des constats du plan (%n au total), en commençant par ceux qui ne sont pas terminés le {day}.</numerusform>
            <numerusform>Les plus graves des %n constats du plan, en commençant par ceux qui ne sont pas terminés le {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/brief/overview.py" line="241"/>
        <source>%n more finding(s): see the workbook&apos;s Gaps sheet or the Gaps panel.</source>
        <translation>
            <numerusform>%n autre constat&#xa0;: voir la feuille Lacunes du classeur ou le panneau Lacunes.</numerusform>
            <numerusform>%n autres constats&#xa0;: voir la feuille Lacunes du classeur ou le panneau Lacunes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="45"/>
        <source>UN presence</source>
        <extracomment>Print resolution of the picture. Height of a row unit of the chart (inches) and the room around the rows.</extracomment>
        <translation>Présence de l&apos;ONU</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="48"/>
        <source>Secured or not tracked</source>
        <translation>Acquis ou non suivi</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="49"/>
        <source>Pledged</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="50"/>
        <source>Unfunded</source>
        <translation>Non financé</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="51"/>
        <source>Coverage / presence gap</source>
        <translation>Lacune de couverture / de présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="52"/>
        <source>Funding gap</source>
        <translation>Déficit de financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="53"/>
        <source>Cold handover</source>
        <translation>Chevauchement insuffisant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="54"/>
        <source>Capacity cliff</source>
        <translation>Chute de capacité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="55"/>
        <source>Lead change</source>
        <translation>Changement de chef de file</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="56"/>
        <source>Outside its presence</source>
        <translation>Hors de sa présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="57"/>
        <source>Drawdown before election</source>
        <translation>Retrait avant une élection</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="58"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="59"/>
        <source>Not required</source>
        <translation>Non requise</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="60"/>
        <source>{n} d</source>
        <translation>{n} j</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="61"/>
        <source>{name} · {kind} · {lead} lead</source>
        <translation>{name} · {kind} · chef de file {lead}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="62"/>
        <source>{lead} ({presence})</source>
        <translation>{lead} ({presence})</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="63"/>
        <source>{name} · {priority}</source>
        <translation>{name} · {priority}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="64"/>
        <source>… and {n} more actors</source>
        <translation>… et {n} autres acteurs</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="65"/>
        <source>No functions yet.</source>
        <translation>Pas encore de fonction.</translation>
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
        <translation type="unfinished">Type</translation>
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
    <name>Changes</name>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="303"/>
        <source>(blank)</source>
        <extracomment>Entity type names, as used in messages, sheet names (plural) and the store. For `changed`: the fields that differ. Position of the entity in its collection: where it was (removed) or goes (added, None = at the end).</extracomment>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="405"/>
        <source>{function} by {actor} from {start}</source>
        <translation>{function} par {actor} à partir du {start}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="413"/>
        <source>{source} {year}</source>
        <translation>{source} {year}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="424"/>
        <source>Plan: {field} {old} → {new}</source>
        <translation>Plan&#xa0;: {field} {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="435"/>
        <source>{type} added: {name}</source>
        <translation>{type} — ajout&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="442"/>
        <source>{type} removed: {name}</source>
        <translation>{type} — suppression&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="448"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="449"/>
        <source>{field} {old} → {new}</source>
        <translation>{field} {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="457"/>
        <source>{type} changed: {name}: {changes}</source>
        <translation>{type} — modification&#xa0;: {name} ({changes})</translation>
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
    <name>Cli</name>
    <message>
        <location filename="../../src/transition_planner/cli.py" line="281"/>
        <source>Plan: {plan}</source>
        <translation>Plan&#xa0;: {plan}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/cli.py" line="283"/>
        <source>Horizon: {start} – {end}</source>
        <translation>Horizon&#xa0;: {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/cli.py" line="289"/>
        <source>Continuity score: {score}</source>
        <translation>Indice de continuité&#xa0;: {score}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/cli.py" line="296"/>
        <source>As of: {day}</source>
        <translation>Date de référence&#xa0;: {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/cli.py" line="299"/>
        <source>%n critical</source>
        <translation>
            <numerusform>%n critique</numerusform>
            <numerusform>%n critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/cli.py" line="300"/>
        <source>%n high</source>
        <translation>
            <numerusform>%n élevé</numerusform>
            <numerusform>%n élevés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/cli.py" line="301"/>
        <source>%n medium</source>
        <translation>
            <numerusform>%n moyen</numerusform>
            <numerusform>%n moyens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/cli.py" line="302"/>
        <source>%n low</source>
        <translation>
            <numerusform>%n faible</numerusform>
            <numerusform>%n faibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/cli.py" line="303"/>
        <source>%n info</source>
        <translation>
            <numerusform>%n pour information</numerusform>
            <numerusform>%n pour information</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/cli.py" line="305"/>
        <source>Findings: {counts}</source>
        <translation>Constats&#xa0;: {counts}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="28"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="32"/>
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
        <translation type="unfinished">Date</translation>
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
    <name>Entity</name>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="376"/>
        <source>Presence</source>
        <extracomment>The name of each entity type, one and many, as a planner reads it.</extracomment>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="376"/>
        <source>Presences</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="377"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="377"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="378"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="378"/>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="380"/>
        <source>Assignment</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="381"/>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="384"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="385"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="387"/>
        <source>Handover</source>
        <translation>Passation</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="387"/>
        <source>Handovers</source>
        <translation>Passations</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="389"/>
        <source>Funding line</source>
        <translation>Ligne de financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="390"/>
        <source>Funding lines</source>
        <translation>Lignes de financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="61"/>
        <source>Plan</source>
        <extracomment>Longest text a field may hold (a spreadsheet cell holds at most 32,767 characters). Dates a plan may hold: from the founding of the UN to the end of the century. Beyond them a date is a typing error (9999-12-31), and charts and workbooks could not show it. Longest bridge of a data-entry seam a plan may set. &quot;Plan&quot;, or the entity&apos;s class name: &quot;Presence&quot;, &quot;Actor&quot;, &quot;Function&quot;, &quot;Assignment&quot;, &quot;Milestone&quot;, &quot;Handover&quot;, &quot;FundingLine&quot;. Position of the entity in its collection (None for the plan itself). The entity&apos;s id (None for the plan itself). The entity&apos;s display name (&quot;&quot; when it has none, e.g. an assignment). The field concerned (a dataclass field name).</extracomment>
        <translation>Plan</translation>
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
        <translation type="unfinished">la capacité doit être un nombre positif ou nul</translation>
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
        <translation type="unfinished">un nom est requis</translation>
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
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="561"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="724"/>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="562"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="677"/>
        <source>Start</source>
        <translation type="unfinished">Début</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="565"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="680"/>
        <source>End</source>
        <translation type="unfinished">Fin</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="567"/>
        <source>Blank: ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="571"/>
        <source>Lead department</source>
        <translation type="unfinished">Département chef de file</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="575"/>
        <source>Funding</source>
        <translation type="unfinished">Financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="576"/>
        <source>Mandate</source>
        <translation type="unfinished">Mandat</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="577"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="617"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="649"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="699"/>
        <location filename="../../src/transition_planner/ui/table_models.py" line="725"/>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="595"/>
        <source>New presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="607"/>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="610"/>
        <source>Presence</source>
        <translation type="unfinished">Présence</translation>
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
        <translation type="unfinished">Catégorie</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="636"/>
        <source>Priority</source>
        <translation type="unfinished">Priorité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="639"/>
        <source>Required from</source>
        <translation type="unfinished">Requise à partir du</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="645"/>
        <source>Required until</source>
        <translation type="unfinished">Requise jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="656"/>
        <source>New function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="675"/>
        <source>Function</source>
        <translation type="unfinished">Fonction</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="676"/>
        <source>Actor</source>
        <translation type="unfinished">Acteur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="682"/>
        <source>Blank: open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="686"/>
        <source>Capacity</source>
        <translation type="unfinished">Capacité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="688"/>
        <source>A number of at least 0 (e.g. staff); blank: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="694"/>
        <source>Funding status</source>
        <translation type="unfinished">État du financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="698"/>
        <source>Funding source</source>
        <translation type="unfinished">Source de financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="706"/>
        <source>add a function and an actor before adding an assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="723"/>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="731"/>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="324"/>
        <source>Name</source>
        <extracomment>The label of each field as the workbook&apos;s column header and the editor&apos;s heading say it.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="325"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="326"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="327"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="328"/>
        <source>Horizon start</source>
        <translation>Début de l&apos;horizon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="329"/>
        <source>Horizon end</source>
        <translation>Fin de l&apos;horizon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="330"/>
        <source>Minimum overlap (days)</source>
        <translation>Chevauchement minimal (jours)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="331"/>
        <source>Cliff threshold</source>
        <translation>Seuil de chute</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="332"/>
        <source>Bridge breaks (days)</source>
        <translation>Coupures tolérées (jours)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="333"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="334"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="335"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="336"/>
        <source>Drawdown start</source>
        <translation>Début du retrait</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="337"/>
        <source>Lead department</source>
        <translation>Département chef de file</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="338"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="339"/>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="340"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="341"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="342"/>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="343"/>
        <source>Continues</source>
        <translation>Succède à</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="344"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="345"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="346"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="347"/>
        <source>Required from</source>
        <translation>Requise à partir du</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="348"/>
        <source>Required until</source>
        <translation>Requise jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="349"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="350"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="351"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="352"/>
        <source>Funding status</source>
        <translation>État du financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="353"/>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="354"/>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="355"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="356"/>
        <source>Item</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="357"/>
        <source>From</source>
        <translation>Cédant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="358"/>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="359"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="360"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="361"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="362"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="363"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="364"/>
        <source>Amount (USD)</source>
        <translation>Montant ($ US)</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="32"/>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="33"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="40"/>
        <source>1 day ({day})</source>
        <translation>1 jour ({day})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="41"/>
        <source>%n day(s) ({start} – {end})</source>
        <translation>
            <numerusform>%n jour ({start} – {end})</numerusform>
            <numerusform>%n jours (du {start} au {end})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="48"/>
        <source>readiness not assessed</source>
        <translation>préparation non évaluée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="50"/>
        <source>not ready</source>
        <translation>préparation insuffisante</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="52"/>
        <source>partly ready</source>
        <translation>préparation partielle</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="53"/>
        <source>ready</source>
        <translation>préparation suffisante</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="62"/>
        <source>{function} is uncovered for {span}, between {before} and {after}</source>
        <translation>{function}&#xa0;: personne ne l&apos;assure pendant {span}, entre {before} et {after}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="66"/>
        <source>{function} is uncovered for {span}, last carried by {before}</source>
        <translation>{function}&#xa0;: personne ne l&apos;assure pendant {span}, après {before}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="70"/>
        <source>{function} is uncovered for {span}, then carried by {after}</source>
        <translation>{function}&#xa0;: personne ne l&apos;assure pendant {span}, jusqu&apos;à la reprise par {after}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="73"/>
        <source>{function} is uncovered for {span}: nobody carries it</source>
        <translation>{function}&#xa0;: personne ne l&apos;assure pendant {span}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="81"/>
        <source>{function}: a break of {span} between {before} and {after} is read as a data-entry seam (at most %n day(s)), not as a gap</source>
        <translation>
            <numerusform>{function}&#xa0;: une interruption de {span} entre {before} et {after} est lue comme une coupure de saisie (au plus %n jour), non comme une lacune</numerusform>
            <numerusform>{function}&#xa0;: une interruption de {span} entre {before} et {after} est lue comme une coupure de saisie (au plus %n jours), non comme une lacune</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="96"/>
        <source>{function} is carried but unfunded for {span}: every assignment carrying it ({actors}) is Unfunded</source>
        <translation>{function}&#xa0;: aucun financement pendant {span}&#xa0;; toutes les affectations qui l&apos;assurent ({actors}) sont «&#xa0;Non financé&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="114"/>
        <source>Capacity of {function} drops from {old} to {new} (below {percent}) on {day}, across a short break</source>
        <translation>{function}&#xa0;: la capacité chute de {old} à {new} (moins de {percent}) le {day}, après une brève interruption</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="119"/>
        <source>Capacity of {function} drops from {old} to {new} (below {percent}) on {day}</source>
        <translation>{function}&#xa0;: la capacité chute de {old} à {new} (moins de {percent}) le {day}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="125"/>
        <source>The UN stops carrying {function} on {day}; from then on it is left to {actors} ({readiness})</source>
        <translation>{function}&#xa0;: l&apos;ONU cesse de l&apos;assurer le {day}&#xa0;; la fonction revient ensuite à {actors} ({readiness})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="139"/>
        <source>{function} handed over cold from {giver} to {receiver}: no overlap (%n day(s) required)</source>
        <translation>
            <numerusform>{function}&#xa0;: passation de {giver} à {receiver} sans aucun chevauchement (%n jour requis)</numerusform>
            <numerusform>{function}&#xa0;: passation de {giver} à {receiver} sans aucun chevauchement (%n jours requis)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="146"/>
        <source>{function} handed over cold from {giver} to {receiver}: {overlap} of overlap (%n day(s) required)</source>
        <translation>
            <numerusform>{function}&#xa0;: passation de {giver} à {receiver} avec {overlap} de chevauchement seulement (%n jour requis)</numerusform>
            <numerusform>{function}&#xa0;: passation de {giver} à {receiver} avec {overlap} de chevauchement seulement (%n jours requis)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="156"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="171"/>
        <source>{actor} carries {function} for {span} after {presence} ends ({day}); those days count for nothing</source>
        <translation>{actor} assure {function} pendant {span} après la fin de {presence} ({day})&#xa0;; ces jours ne comptent pas</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="176"/>
        <source>{actor} carries {function} for {span} before {presence} starts ({day}); those days count for nothing</source>
        <translation>{actor} assure {function} pendant {span} avant le début de {presence} ({day})&#xa0;; ces jours ne comptent pas</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="189"/>
        <source>No presence in the country for {span}, between the close of {before} and the opening of {after}</source>
        <translation>Aucune présence dans le pays pendant {span}, entre la fermeture de {before} et l&apos;ouverture de {after}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="195"/>
        <source>No presence in the country for {span}, after the close of {before}</source>
        <translation>Aucune présence dans le pays pendant {span}, après la fermeture de {before}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="199"/>
        <source>No presence in the country for {span}, until the opening of {after}</source>
        <translation>Aucune présence dans le pays pendant {span}, jusqu&apos;à l&apos;ouverture de {after}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="202"/>
        <source>No presence in the country for {span}</source>
        <translation>Aucune présence dans le pays pendant {span}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="216"/>
        <source>Headquarters lead moves from {old_lead} ({old_presence}) to {new_lead} ({new_presence}) with no overlap</source>
        <translation>Chef de file au Siège&#xa0;: {old_lead} ({old_presence}), puis {new_lead} ({new_presence}), sans chevauchement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="221"/>
        <source>Headquarters lead moves from {old_lead} ({old_presence}) to {new_lead} ({new_presence}) with %n day(s) of overlap</source>
        <translation>
            <numerusform>Chef de file au Siège&#xa0;: {old_lead} ({old_presence}), puis {new_lead} ({new_presence}), avec %n jour de chevauchement</numerusform>
            <numerusform>Chef de file au Siège&#xa0;: {old_lead} ({old_presence}), puis {new_lead} ({new_presence}), avec %n jours de chevauchement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="233"/>
        <source>{presence} ({kind}) ends on {end}, %n day(s) before the election “{election}” ({day})</source>
        <translation>
            <numerusform>{presence} ({kind}) prend fin le {end}, %n jour avant l&apos;élection «&#xa0;{election}&#xa0;» ({day})</numerusform>
            <numerusform>{presence} ({kind}) prend fin le {end}, %n jours avant l&apos;élection «&#xa0;{election}&#xa0;» ({day})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="248"/>
        <source>{presence} has %n day(s) from the start of its drawdown ({start}) to its end ({end}): less than a year to hand over its tasks</source>
        <translation>
            <numerusform>{presence} dispose de %n jour entre le début de son retrait ({start}) et sa fin ({end})&#xa0;: moins d&apos;un an pour transférer ses tâches</numerusform>
            <numerusform>{presence} dispose de %n jours entre le début de son retrait ({start}) et sa fin ({end})&#xa0;: moins d&apos;un an pour transférer ses tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="261"/>
        <source>{item} is due {due}, %n day(s) after {presence} has closed ({end}): nobody is left to hand it over</source>
        <translation>
            <numerusform>{item}&#xa0;: échéance le {due}, %n jour après la fermeture de {presence} ({end})&#xa0;; il ne reste personne pour la passation</numerusform>
            <numerusform>{item}&#xa0;: échéance le {due}, %n jours après la fermeture de {presence} ({end})&#xa0;; il ne reste personne pour la passation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="272"/>
        <source>{item} was due {due} and still has no receiver</source>
        <translation>{item}&#xa0;: échéance dépassée ({due}) et toujours aucun destinataire</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="275"/>
        <source>{item} is due {due} and has no receiver yet</source>
        <translation>{item}&#xa0;: échéance le {due}, sans destinataire à ce jour</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="290"/>
        <source>{item} was due {due} and is still {status} on {as_of}, %n day(s) late; answerable: {owner}</source>
        <translation>
            <numerusform>{item}&#xa0;: échéance le {due}, toujours «&#xa0;{status}&#xa0;» le {as_of}, avec %n jour de retard&#xa0;; responsable&#xa0;: {owner}</numerusform>
            <numerusform>{item}&#xa0;: échéance le {due}, toujours «&#xa0;{status}&#xa0;» le {as_of}, avec %n jours de retard&#xa0;; responsable&#xa0;: {owner}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="297"/>
        <source>{item} was due {due} and is still {status} on {as_of}, %n day(s) late; nobody is named answerable</source>
        <translation>
            <numerusform>{item}&#xa0;: échéance le {due}, toujours «&#xa0;{status}&#xa0;» le {as_of}, avec %n jour de retard&#xa0;; aucun responsable désigné</numerusform>
            <numerusform>{item}&#xa0;: échéance le {due}, toujours «&#xa0;{status}&#xa0;» le {as_of}, avec %n jours de retard&#xa0;; aucun responsable désigné</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="307"/>
        <source>{item} is recorded as lost (due {due})</source>
        <translation>{item}&#xa0;: perte enregistrée (échéance le {due})</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/sentences.py" line="313"/>
        <source>Secured and pledged funding falls from {old} in {year_before} to {new} in {year}, below {percent} of the year before</source>
        <translation>Le financement acquis et annoncé passe de {old} en {year_before} à {new} en {year}, soit moins de {percent} de l&apos;année précédente</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="59"/>
        <source>Severity</source>
        <translation type="unfinished">Gravité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="60"/>
        <source>Rule</source>
        <translation type="unfinished">Règle</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="61"/>
        <source>Function</source>
        <translation type="unfinished">Fonction</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="62"/>
        <source>Start</source>
        <translation type="unfinished">Début</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="63"/>
        <source>End</source>
        <translation type="unfinished">Fin</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="64"/>
        <source>Days</source>
        <translation type="unfinished">Jours</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="65"/>
        <source>Detail</source>
        <translation type="unfinished">Constat</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="141"/>
        <source>Critical</source>
        <translation type="unfinished">Critique</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="142"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="143"/>
        <source>Medium</source>
        <translation type="unfinished">Moyenne</translation>
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
        <translation type="unfinished">Lacune de couverture</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="154"/>
        <source>Funding gap</source>
        <translation type="unfinished">Déficit de financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="155"/>
        <source>Capacity cliff</source>
        <translation type="unfinished">Chute de capacité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="156"/>
        <source>Cold handover</source>
        <translation type="unfinished">Chevauchement insuffisant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="157"/>
        <source>Outlives presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="158"/>
        <source>Lead change</source>
        <translation type="unfinished">Changement de chef de file</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="159"/>
        <source>Drawdown before election</source>
        <translation type="unfinished">Retrait avant une élection</translation>
    </message>
</context>
<context>
    <name>FundingKind</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="373"/>
        <source>Assessed</source>
        <translation>Contributions statutaires</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="374"/>
        <source>Regular budget</source>
        <translation>Budget ordinaire</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="375"/>
        <source>Peacebuilding Fund</source>
        <translation>Fonds pour la consolidation de la paix</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="376"/>
        <source>Trust fund</source>
        <translation>Fonds d&apos;affectation spéciale</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="377"/>
        <source>Voluntary</source>
        <translation>Contributions volontaires</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="378"/>
        <source>Host government</source>
        <translation>Gouvernement hôte</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="379"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>FundingLineStatus</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="380"/>
        <source>Secured</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="381"/>
        <source>Pledged</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="382"/>
        <source>Projected</source>
        <translation>Prévu</translation>
    </message>
</context>
<context>
    <name>FundingStatus</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="355"/>
        <source>Secured</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="356"/>
        <source>Pledged</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="357"/>
        <source>Unfunded</source>
        <translation>Non financé</translation>
    </message>
</context>
<context>
    <name>GapsPanel</name>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="230"/>
        <source>Gaps</source>
        <translation type="unfinished">Lacunes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="234"/>
        <source>Continuity score</source>
        <translation type="unfinished">Indice de continuité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="237"/>
        <source>Share of the required days of the functions that are covered, weighted by priority (Critical 8, High 4, Medium 2, Low 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="244"/>
        <source>Findings by severity</source>
        <translation type="unfinished">Constats par gravité</translation>
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
    <name>HandoverKind</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="361"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="362"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="363"/>
        <source>Asset</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="364"/>
        <source>Caseload</source>
        <translation>Dossiers en cours</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="365"/>
        <source>Records</source>
        <translation>Archives</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="366"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="367"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>HandoverStatus</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="368"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="369"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="370"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="371"/>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="372"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
</context>
<context>
    <name>LeadDepartment</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="53"/>
        <source>DPKO</source>
        <extracomment>The day the restructuring of the peace and security pillar took effect (A/72/525, GA res 72/199).</extracomment>
        <translation>DOMP</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="54"/>
        <source>DPA</source>
        <translation>DAP</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="340"/>
        <source>DPO</source>
        <translation>DOP</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="341"/>
        <source>DPPA</source>
        <translation>DPPA</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="342"/>
        <source>RC/UNCT</source>
        <translation>CR/équipe de pays</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="343"/>
        <source>Other</source>
        <translation>Autre</translation>
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
        <translation type="unfinished">Prêt</translation>
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
        <location filename="../../src/transition_planner/ui/main_window.py" line="561"/>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="574"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="578"/>
        <source>The workspace is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="580"/>
        <source>{0}

Restore the latest backup ({1})? The damaged file is kept as a backup too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="590"/>
        <source>Could not restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="645"/>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="647"/>
        <source>Transition Planner workspaces (*.tpw *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="691"/>
        <source>Continuity score: analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="699"/>
        <source>Analysis failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="754"/>
        <source>{0} (and {1} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="787"/>
        <source>Could not do “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="842"/>
        <source>New plan from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="842"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="850"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="843"/>
        <source>Name of the new plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="844"/>
        <source>New transition plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="850"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="876"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="900"/>
        <source>A plan named “{0}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="855"/>
        <source>New plan {0} from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="855"/>
        <source>New plan {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="867"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="875"/>
        <source>Duplicate plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="868"/>
        <source>Name of the copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="869"/>
        <source>{0} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="884"/>
        <source>Duplicate plan as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="895"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="900"/>
        <source>Rename plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="895"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="908"/>
        <source>Rename plan {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="918"/>
        <source>Delete plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="920"/>
        <source>Delete the plan “{0}” with its {1} assignments? You can undo this with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="930"/>
        <source>Delete plan {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="949"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="959"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1040"/>
        <source>Import workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="949"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1079"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="961"/>
        <source>Import “{0}” into the plan “{1}”, or as a new plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="966"/>
        <source>Into “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="969"/>
        <source>As a new plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="995"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1032"/>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1015"/>
        <source>Import workbook into {0} ({1} added, {2} changed, {3} removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1041"/>
        <source>A plan named “{0}” already exists. Name of the imported plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1051"/>
        <source>Import {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1062"/>
        <source>{0} problem(s); nothing was imported:
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1067"/>
        <source>Cannot import {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1077"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1098"/>
        <source>Export workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1094"/>
        <source>Exported {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1096"/>
        <source> ({0} warnings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1104"/>
        <source>Cannot export to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1112"/>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1122"/>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1130"/>
        <source>Export timeline picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1123"/>
        <source>Timeline pictures are not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1132"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1141"/>
        <source>Saved the timeline of {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1145"/>
        <source>Cannot save {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1154"/>
        <source>Drawing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1171"/>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1173"/>
        <source>Replace the whole workspace by the backup {0}? The current workspace is backed up first. This cannot be undone with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1187"/>
        <source>Cannot restore {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1201"/>
        <source>About Transition Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1203"/>
        <source>&lt;h3&gt;Transition Planner {0}&lt;/h3&gt;&lt;p&gt;Plan UN transitions (PKO → SPM → UN country team) and see every gap in continuity of care.&lt;/p&gt;&lt;p&gt;Workspace: {1}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1264"/>
        <source>Not moved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="1270"/>
        <source>Move {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneKind</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="383"/>
        <source>Mandate renewal</source>
        <translation>Renouvellement du mandat</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="384"/>
        <source>Election</source>
        <translation>Élection</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="385"/>
        <source>Benchmark</source>
        <translation>Critère de référence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="386"/>
        <source>Drawdown</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="387"/>
        <source>Handover</source>
        <translation>Passation</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="388"/>
        <source>Other</source>
        <translation>Autre</translation>
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
        <translation type="unfinished">Présences</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="344"/>
        <source>Actors</source>
        <translation type="unfinished">Acteurs</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="345"/>
        <source>Functions</source>
        <translation type="unfinished">Fonctions</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="346"/>
        <source>Assignments</source>
        <translation type="unfinished">Affectations</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="347"/>
        <source>Milestones</source>
        <translation type="unfinished">Jalons</translation>
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
        <translation type="unfinished">Plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="51"/>
        <source>Country</source>
        <translation type="unfinished">Pays</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="52"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="53"/>
        <source>Assignments</source>
        <translation type="unfinished">Affectations</translation>
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
        <translation type="unfinished">Pays</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="205"/>
        <source>Description</source>
        <translation type="unfinished">Description</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="209"/>
        <source>Horizon start</source>
        <translation type="unfinished">Début de l&apos;horizon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="211"/>
        <source>Horizon end</source>
        <translation type="unfinished">Fin de l&apos;horizon</translation>
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
        <translation type="unfinished">Seuil de chute</translation>
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
    <name>PresenceKind</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="335"/>
        <source>PKO</source>
        <extracomment>Every enumerated value, marked for the catalogue (context: the enumeration&apos;s name); shown to people through `enum_label`.</extracomment>
        <translation>OMP</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="336"/>
        <source>SPM</source>
        <translation>MPS</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="337"/>
        <source>Non-mission</source>
        <translation>Hors mission</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="338"/>
        <source>Regional office</source>
        <translation>Bureau régional</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="339"/>
        <source>Partner mission</source>
        <translation>Mission partenaire</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="351"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="352"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="353"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="354"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="358"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="359"/>
        <source>Partly ready</source>
        <translation>Partiellement prêt</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="360"/>
        <source>Not ready</source>
        <translation>Pas prêt</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="37"/>
        <source>No presence</source>
        <extracomment>The rules of SPEC §3 (continuity, then the registers), then the insight rules of this application (see the user guide). Each rule as a person reads it (gaps panel, workbook, charts, brief).</extracomment>
        <translation>Aucune présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="38"/>
        <source>Coverage gap</source>
        <translation>Lacune de couverture</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="39"/>
        <source>Short break</source>
        <translation>Brève interruption</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="40"/>
        <source>Funding gap</source>
        <translation>Déficit de financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="41"/>
        <source>Capacity cliff</source>
        <translation>Chute de capacité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="42"/>
        <source>UN exit</source>
        <translation>Départ de l&apos;ONU</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="43"/>
        <source>Cold handover</source>
        <translation>Chevauchement insuffisant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="44"/>
        <source>Outlives its presence</source>
        <translation>Hors de sa présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="45"/>
        <source>Compressed drawdown</source>
        <translation>Retrait précipité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="46"/>
        <source>Handover after exit</source>
        <translation>Passation après le départ</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="47"/>
        <source>Handover without receiver</source>
        <translation>Passation sans destinataire</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="48"/>
        <source>Handover overdue</source>
        <translation>Passation en retard</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="49"/>
        <source>Handover lost</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="50"/>
        <source>Financial cliff</source>
        <translation>Chute du financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="51"/>
        <source>Lead change</source>
        <translation>Changement de chef de file</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="52"/>
        <source>Drawdown before an election</source>
        <translation>Retrait avant une élection</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="389"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="390"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="391"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="392"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="393"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="57"/>
        <source>Critical</source>
        <extracomment>Each severity as a person reads it.</extracomment>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="58"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="59"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="60"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/findings.py" line="61"/>
        <source>Information</source>
        <translation>Information</translation>
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
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="76"/>
        <source>Timeline</source>
        <extracomment>Pixels a row should get at least on screen; more rows than fit scroll vertically. The pointer must move this many pixels before a press on a bar becomes a pan. The narrowest time window (days) and the widest (a multiple of the horizon). Text on bars, gaps and presences at a time on screen (more would only crowd it).</extracomment>
        <translation type="unfinished">Chronologie</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="81"/>
        <source>Timeline chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="85"/>
        <source>Fit horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="85"/>
        <source>Show the whole horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="88"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="90"/>
        <source>Zoom in on the time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="94"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="96"/>
        <source>Zoom out of the time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="101"/>
        <source>Wheel: zoom · drag: pan · Shift+wheel: scroll rows · drag a bar&apos;s edge: change its dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="116"/>
        <source>Timeline legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="100"/>
        <source>text is {length} characters long; at most {limit} are allowed</source>
        <translation>le texte compte {length} caractères&#xa0;; {limit} au plus sont admis</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="123"/>
        <source>{day} is out of range: dates go from {first} to {last}</source>
        <translation>{day} est hors limites&#xa0;: les dates vont du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="143"/>
        <source>end is before start</source>
        <translation>la fin précède le début</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="155"/>
        <source>a name is required</source>
        <translation>un nom est requis</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="165"/>
        <source>duplicate name {name}</source>
        <translation>nom en double&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="192"/>
        <location filename="../../src/transition_planner/domain/validation.py" line="380"/>
        <location filename="../../src/transition_planner/domain/validation.py" line="464"/>
        <source>unknown actor</source>
        <translation>acteur inconnu</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="193"/>
        <location filename="../../src/transition_planner/domain/validation.py" line="418"/>
        <location filename="../../src/transition_planner/domain/validation.py" line="474"/>
        <source>unknown function</source>
        <translation>fonction inconnue</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="210"/>
        <source>drawdown start must lie between start and end</source>
        <translation>le début du retrait doit se situer entre le début et la fin</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="234"/>
        <source>unknown presence</source>
        <translation>présence inconnue</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="244"/>
        <source>an actor cannot continue itself</source>
        <translation>un acteur ne peut pas se succéder à lui-même</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="255"/>
        <source>the chain of continuations comes back to {name}</source>
        <translation>la chaîne des successions revient à {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="274"/>
        <source>required until is before required from</source>
        <translation>la fin de la période requise précède son début</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="296"/>
        <location filename="../../src/transition_planner/domain/validation.py" line="502"/>
        <source>{function} by {actor}</source>
        <translation>{function} par {actor}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="312"/>
        <source>capacity must be a number of at least 0</source>
        <translation>la capacité doit être un nombre positif ou nul</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="335"/>
        <source>a plan needs a name</source>
        <translation>un plan doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="337"/>
        <source>horizon end is before horizon start</source>
        <translation>la fin de l&apos;horizon précède son début</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="347"/>
        <source>minimum overlap cannot be negative</source>
        <translation>le chevauchement minimal ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="350"/>
        <source>cliff threshold must be between 0 and 1</source>
        <translation>le seuil de chute doit être compris entre 0 et 1</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="355"/>
        <source>bridge breaks must be between 0 and {limit} days</source>
        <translation>les coupures tolérées doivent être comprises entre 0 et {limit} jours</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="379"/>
        <source>an item is required</source>
        <translation>un objet est requis</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="408"/>
        <source>an item cannot be handed over to its sender</source>
        <translation>un objet ne peut pas être remis à son cédant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="434"/>
        <source>a source is required</source>
        <translation>une source est requise</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="443"/>
        <source>{year} is not a year between {first} and {last}</source>
        <translation>{year} n&apos;est pas une année comprise entre {first} et {last}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/validation.py" line="454"/>
        <source>the amount must be a number of US dollars of at least 0</source>
        <translation>le montant doit être un nombre de dollars des États-Unis positif ou nul</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="91"/>
        <source>Rule</source>
        <extracomment>Bold header text is about this much wider than the default font&apos;s characters; a table&apos;s header also shows a filter button (characters). The Summary sheet: keys and values, and how many findings it names.</extracomment>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="92"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="93"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="94"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="95"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="96"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="97"/>
        <source>Detail</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="101"/>
        <source>From actor</source>
        <extracomment>The headers of the extra fields of the findings (SPEC §3) on the Gaps sheet.</extracomment>
        <translation>Acteur sortant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="102"/>
        <source>To actor</source>
        <translation>Acteur entrant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="103"/>
        <source>To actors</source>
        <translation>Acteurs entrants</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="104"/>
        <source>Overlap (days)</source>
        <translation>Chevauchement (jours)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="105"/>
        <source>Capacity before</source>
        <translation>Capacité avant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="106"/>
        <source>Capacity after</source>
        <translation>Capacité après</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="107"/>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="108"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="109"/>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="110"/>
        <source>Item</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="111"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="112"/>
        <source>Funding before (USD)</source>
        <translation>Financement avant ($ US)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="113"/>
        <source>Funding after (USD)</source>
        <translation>Financement après ($ US)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="114"/>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="201"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="115"/>
        <source>Lead before</source>
        <translation>Chef de file avant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="116"/>
        <source>Lead after</source>
        <translation>Chef de file après</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="117"/>
        <source>Presence before</source>
        <translation>Présence avant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="118"/>
        <source>Presence after</source>
        <translation>Présence après</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="119"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="120"/>
        <source>Days before</source>
        <translation>Jours avant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="306"/>
        <source>Transition plan: {plan}</source>
        <extracomment>Data validation and drop-downs reach this many rows below the data, for rows colleagues add.</extracomment>
        <translation>Plan de transition&#xa0;: {plan}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="310"/>
        <source>transition plan; continuity of care</source>
        <translation>plan de transition&#xa0;; continuité des soins</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="311"/>
        <source>Exported by Transition Planner {version}</source>
        <translation>Exporté par Transition Planner {version}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="337"/>
        <source>Page &amp;P of &amp;N</source>
        <translation>Page &amp;P sur &amp;N</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="379"/>
        <source>Continuity score</source>
        <translation>Indice de continuité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="382"/>
        <source>not analysed (no function)</source>
        <translation>non analysé (aucune fonction)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="387"/>
        <source>Findings by severity</source>
        <translation>Constats par gravité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="393"/>
        <source>The most severe findings</source>
        <translation>Les constats les plus graves</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="397"/>
        <source>{severity} · {rule}</source>
        <translation>{severity} · {rule}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="408"/>
        <source>No findings</source>
        <translation>Aucun constat</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="411"/>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="416"/>
        <source>Exported</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="419"/>
        <source>Application version</source>
        <translation>Version de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="423"/>
        <source>Workbook format</source>
        <translation>Format du classeur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="424"/>
        <source>Edit the Presences, Actors, Functions, Assignments, Milestones, Handovers and Funding sheets and the values above, then send the workbook back. Keep the ID column as it is (leave it blank in new rows). Timeline and Gaps are computed by Transition Planner and ignored on import. The workbook imports back in English or in French.</source>
        <translation>Modifiez les feuilles Présences, Acteurs, Fonctions, Affectations, Jalons, Passations et Financement ainsi que les valeurs ci-dessus, puis renvoyez le classeur. Laissez la colonne ID telle quelle (vide dans les nouvelles lignes). Les feuilles Chronologie et Lacunes sont calculées par Transition Planner et ignorées à l&apos;import. Le classeur se réimporte en français comme en anglais.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="431"/>
        <source>How to edit</source>
        <translation>Comment modifier</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="514"/>
        <source>{column} is one of: {values}</source>
        <translation>{column}&#xa0;: l&apos;une des valeurs {values}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="531"/>
        <source>Not a name on the {sheet} sheet as exported. If you added it there, keep it.</source>
        <translation>Ce nom ne figure pas sur la feuille {sheet} exportée. Si vous l&apos;y avez ajouté, conservez-le.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="61"/>
        <source>Summary</source>
        <extracomment>A cell holds at most this many characters (Excel&apos;s limit). Import limits: beyond them the workbook is refused with a clear message. At most this many problems are listed; the rest are counted.</extracomment>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="62"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="63"/>
        <source>Presences</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="64"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="65"/>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="66"/>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="67"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="68"/>
        <source>Handovers</source>
        <translation>Passations</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="69"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="70"/>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="71"/>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="251"/>
        <source>Plan</source>
        <extracomment>Sheets that export writes and import ignores. The entity field (&quot;&quot; for the ID column). Column width in characters: the least and the most export uses. A sheet that workbooks of an earlier layout do not have: its absence is no problem.</extracomment>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="252"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="253"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="254"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="256"/>
        <source>Horizon start</source>
        <translation>Début de l&apos;horizon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="258"/>
        <source>Horizon end</source>
        <translation>Fin de l&apos;horizon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="259"/>
        <source>Minimum overlap (days)</source>
        <translation>Chevauchement minimal (jours)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="260"/>
        <source>Cliff threshold</source>
        <translation>Seuil de chute</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="261"/>
        <source>Bridge breaks (days)</source>
        <translation>Coupures tolérées (jours)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="54"/>
        <source>GAP: nobody carries the function on most of its required days that month</source>
        <extracomment>Months per column, finest first. For each period, the narrowest column that still shows its label and a gap mark, and the widest worth having (characters). Month names are written in full (abbreviated) from this width on, else as initials. The label columns: names wrap beyond `LABEL_MAX` characters (in a 9-point font). A legend label needs about this many characters (at 9 points) to be read whole. Rows above the grid (title, years, period names): frozen and repeated on every page.</extracomment>
        <translation>× sur fond rouge&#xa0;: personne n&apos;assure la fonction la plupart de ses jours requis du mois</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="57"/>
        <source>gap: nobody carries the function on some required days that month</source>
        <translation>× en rouge&#xa0;: personne n&apos;assure la fonction certains jours requis du mois</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="60"/>
        <source>grey: the function is not required that month</source>
        <translation>gris&#xa0;: la fonction n&apos;est pas requise ce mois-là</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="63"/>
        <source>GAP: nobody carries the function on most of its required days that quarter</source>
        <translation>× sur fond rouge&#xa0;: personne n&apos;assure la fonction la plupart de ses jours requis du trimestre</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="67"/>
        <source>gap: nobody carries the function on some required days that quarter</source>
        <translation>× en rouge&#xa0;: personne n&apos;assure la fonction certains jours requis du trimestre</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="70"/>
        <source>grey: the function is not required that quarter</source>
        <translation>gris&#xa0;: la fonction n&apos;est pas requise ce trimestre-là</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="73"/>
        <source>GAP: nobody carries the function on most of its required days that year</source>
        <translation>× sur fond rouge&#xa0;: personne n&apos;assure la fonction la plupart de ses jours requis de l&apos;année</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="76"/>
        <source>gap: nobody carries the function on some required days that year</source>
        <translation>× en rouge&#xa0;: personne n&apos;assure la fonction certains jours requis de l&apos;année</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="79"/>
        <source>grey: the function is not required that year</source>
        <translation>gris&#xa0;: la fonction n&apos;est pas requise cette année-là</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="112"/>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="207"/>
        <source>Kind / priority</source>
        <extracomment>Widths (characters) of the name column, the kind / priority column and each period. The print scale at which the sheet is one page wide.</extracomment>
        <translation>Type / priorité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="138"/>
        <source>Q{quarter}</source>
        <translation>T{quarter}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="191"/>
        <source>Timeline — {plan}</source>
        <translation>Chronologie — {plan}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="206"/>
        <source>Presence / function</source>
        <translation>Présence / fonction</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="221"/>
        <source>GAP</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="222"/>
        <source>gap</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="245"/>
        <source>Any presence</source>
        <translation>Au moins une présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="288"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="294"/>
        <source>{actor} ({type})</source>
        <translation>{actor} ({type})</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="314"/>
        <source>{kind} (presence)</source>
        <translation>{kind} (présence)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="318"/>
        <source>Colours repeat: the number in a cell names the actor in this legend.</source>
        <translation>Les couleurs se répètent&#xa0;: le numéro d&apos;une case renvoie à l&apos;acteur de cette légende.</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="734"/>
        <source>{0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="734"/>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

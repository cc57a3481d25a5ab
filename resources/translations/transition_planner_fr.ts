<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="17"/>
        <source>&amp;File</source>
        <extracomment>The menus, in the menu bar&apos;s order: (key, title).</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="18"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="19"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="20"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="27"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="31"/>
        <source>Create a blank plan</source>
        <translation>Créer un plan vierge</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="37"/>
        <source>New plan from &amp;template…</source>
        <translation>Nouveau plan à partir du &amp;modèle…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="41"/>
        <source>Create a plan from the generic PKO → SPM → UN country team template</source>
        <translation>Créer un plan à partir du modèle générique OMP → MPS → équipe de pays des Nations Unies</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="48"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="53"/>
        <source>Open another workspace file</source>
        <translation>Ouvrir un autre fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="58"/>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Importer un classeur…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="63"/>
        <source>Import an Excel workbook, into the current plan or as a new plan</source>
        <translation>Importer un classeur Excel, dans le plan actuel ou comme nouveau plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="71"/>
        <source>&amp;Export workbook…</source>
        <translation>&amp;Exporter le classeur…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="76"/>
        <source>Write the plan as an Excel workbook</source>
        <translation>Enregistrer le plan sous forme de classeur Excel</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="82"/>
        <source>Export timeline &amp;picture…</source>
        <translation>Exporter l&apos;image de la c&amp;hronologie…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="87"/>
        <source>Save the timeline as PNG, SVG or PDF</source>
        <translation>Enregistrer la chronologie en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="92"/>
        <source>Export b&amp;rief…</source>
        <translation>Exporter la no&amp;te de synthèse…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="97"/>
        <source>Write the plan&apos;s brief for a Head of Mission or Resident Coordinator: an A4 PDF of at most two pages</source>
        <translation>Rédiger la note de synthèse du plan à l&apos;intention d&apos;un chef de mission ou d&apos;un coordonnateur résident&#xa0;: un PDF A4 de deux pages au plus</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="106"/>
        <source>Back &amp;up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="110"/>
        <source>Copy the workspace into its backups folder now</source>
        <translation>Copier dès maintenant l&apos;espace de travail dans son dossier de sauvegardes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="115"/>
        <source>&amp;Backups…</source>
        <translation>Sau&amp;vegardes…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="119"/>
        <source>Restore the workspace from a backup</source>
        <translation>Restaurer l&apos;espace de travail à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="124"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="129"/>
        <source>Close the application</source>
        <translation>Fermer l&apos;application</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="134"/>
        <location filename="../../src/transition_planner/ui/actions.py" line="229"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="142"/>
        <location filename="../../src/transition_planner/ui/actions.py" line="235"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="150"/>
        <source>&amp;Add row</source>
        <translation>A&amp;jouter une ligne</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="155"/>
        <source>Add a row to the current table</source>
        <translation>Ajouter une ligne au tableau actuel</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="160"/>
        <source>D&amp;uplicate rows</source>
        <translation>D&amp;upliquer les lignes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="165"/>
        <source>Duplicate the selected rows</source>
        <translation>Dupliquer les lignes sélectionnées</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="170"/>
        <source>&amp;Delete rows</source>
        <translation>&amp;Supprimer les lignes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="175"/>
        <source>Delete the selected rows</source>
        <translation>Supprimer les lignes sélectionnées</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="180"/>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="185"/>
        <source>Filter the current table</source>
        <translation>Filtrer le tableau actuel</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="190"/>
        <source>Re&amp;name plan…</source>
        <translation>Re&amp;nommer le plan…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="194"/>
        <source>Rename the current plan</source>
        <translation>Renommer le plan actuel</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="199"/>
        <source>Duplicate p&amp;lan…</source>
        <translation>Dupli&amp;quer le plan…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="203"/>
        <source>Copy the current plan (an option to compare)</source>
        <translation>Copier le plan actuel (une option à comparer)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="208"/>
        <source>Delete pla&amp;n…</source>
        <translation>Supprimer le &amp;plan…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="212"/>
        <source>Delete the current plan</source>
        <translation>Supprimer le plan actuel</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="218"/>
        <source>&amp;Editor</source>
        <translation>É&amp;diteur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="222"/>
        <source>Show the plan&apos;s tables</source>
        <translation>Afficher les tableaux du plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="226"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="230"/>
        <source>Show the plan&apos;s timeline</source>
        <translation>Afficher la chronologie du plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="234"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="238"/>
        <source>Show the plan&apos;s dashboard</source>
        <translation>Afficher le tableau de bord du plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="242"/>
        <source>&amp;Compare</source>
        <translation>Co&amp;mparaison</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="246"/>
        <source>Show two plans side by side</source>
        <translation>Afficher deux plans côte à côte</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="250"/>
        <source>P&amp;ortfolio</source>
        <translation>P&amp;ortefeuille</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="254"/>
        <source>Show every plan of the workspace on one time axis</source>
        <translation>Afficher tous les plans de l&apos;espace de travail sur un même axe du temps</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="258"/>
        <source>&amp;Plan browser</source>
        <translation>Liste des &amp;plans</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="263"/>
        <source>Go to the list of plans</source>
        <translation>Aller à la liste des plans</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="267"/>
        <source>&amp;Gaps panel</source>
        <translation>Panneau &amp;Lacunes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="272"/>
        <source>Go to the gaps panel</source>
        <translation>Aller au panneau Lacunes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="276"/>
        <source>Ne&amp;xt pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="281"/>
        <source>Go to the next part of the window</source>
        <translation>Aller à la partie suivante de la fenêtre</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="285"/>
        <source>Pre&amp;vious pane</source>
        <translation>&amp;Volet précédent</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="290"/>
        <source>Go to the previous part of the window</source>
        <translation>Aller à la partie précédente de la fenêtre</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="294"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="298"/>
        <source>Restore the default window layout and column widths</source>
        <translation>Rétablir la disposition par défaut de la fenêtre et la largeur des colonnes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="302"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="307"/>
        <source>Choose the language (from the next start) and other preferences</source>
        <translation>Choisir la langue (au prochain démarrage) et d&apos;autres préférences</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="314"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="318"/>
        <source>Read the user guide</source>
        <translation>Lire le guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/action_table.py" line="322"/>
        <source>&amp;About Transition Planner</source>
        <translation>À &amp;propos de Transition Planner</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/actions.py" line="213"/>
        <source>Main toolbar</source>
        <extracomment>a workspace is open … and it may be changed (not read-only) a plan is shown no background work runs (imports, exports, backups, restores) menus are cut by separators between groups</extracomment>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/actions.py" line="230"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Annuler «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/actions.py" line="236"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rétablir «&#xa0;{0}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ActorType</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="349"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="350"/>
        <source>UN entity</source>
        <translation>Entité des Nations Unies</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="351"/>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="352"/>
        <source>Regional organization</source>
        <translation>Organisation régionale</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="353"/>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="354"/>
        <source>Bilateral partner</source>
        <translation>Partenaire bilatéral</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="355"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>AreaBox</name>
    <message>
        <location filename="../../src/transition_planner/ui/area_filter.py" line="48"/>
        <source>Show only what lies in one area of the country</source>
        <extracomment>The data of the &quot;Country-wide&quot; entry: the blank area. The chosen area changed: None for all areas, &quot;&quot; for country-wide, else the area.</extracomment>
        <translation>N&apos;afficher que ce qui se trouve dans une zone du pays</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/area_filter.py" line="51"/>
        <source>Shows the rows of one area, or of the whole country (no area), or of all areas</source>
        <translation>Affiche les lignes d&apos;une zone, de l&apos;ensemble du pays (sans zone) ou de toutes les zones</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/area_filter.py" line="54"/>
        <location filename="../../src/transition_planner/ui/area_filter.py" line="75"/>
        <source>All areas</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/area_filter.py" line="79"/>
        <source>Country-wide (no area)</source>
        <translation>Ensemble du pays (sans zone)</translation>
    </message>
</context>
<context>
    <name>AsOfField</name>
    <message>
        <location filename="../../src/transition_planner/ui/as_of_field.py" line="29"/>
        <source>today</source>
        <extracomment>The planner set another day (a date; None: today). the day the planner set (None: today, whatever day today is)</extracomment>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/as_of_field.py" line="31"/>
        <source>The day the handover register and the funding are judged on (overdue handovers, handovers without a receiver): YYYY-MM-DD, blank for today</source>
        <translation>Le jour auquel sont évalués le registre des passations et le financement (passations en retard, passations sans destinataire)&#xa0;: AAAA-MM-JJ, vide pour aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/as_of_field.py" line="35"/>
        <source>As of</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/as_of_field.py" line="38"/>
        <source>&amp;As of</source>
        <translation>Date de &amp;référence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/as_of_field.py" line="72"/>
        <source>“{0}” is not a date: type the as-of day as YYYY-MM-DD</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas une date&#xa0;: saisissez la date de référence sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/as_of_field.py" line="77"/>
        <source>the as-of day must lie between {0} and {1}</source>
        <translation>la date de référence doit être comprise entre {0} et {1}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="220"/>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="223"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="225"/>
        <source>{0} — {1} ({2} KB)</source>
        <translation>{0} — {1} ({2} Ko)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="227"/>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="237"/>
        <source>A backup is made before every import and restore. Restoring replaces the whole workspace by the backup; the current workspace is backed up first.</source>
        <translation>Une sauvegarde est faite avant chaque import et chaque restauration. La restauration remplace tout l&apos;espace de travail par la sauvegarde&#xa0;; l&apos;espace de travail actuel est d&apos;abord sauvegardé.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="241"/>
        <source>This workspace has no backups yet.</source>
        <translation>Cet espace de travail n&apos;a pas encore de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="247"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../src/transition_planner/ui/banner.py" line="85"/>
        <source>Welcome to Transition Planner.</source>
        <extracomment>The planner closed the welcome note for good.</extracomment>
        <translation>Bienvenue dans Transition Planner.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/banner.py" line="88"/>
        <source>This workspace has no plans yet. Start one with File → New plan (Ctrl+N) or from the generic PKO → SPM → UN country team template (Ctrl+Shift+N), or import a workbook (Ctrl+I).</source>
        <translation>Cet espace de travail ne contient encore aucun plan. Commencez-en un avec Fichier → Nouveau plan (Ctrl+N) ou à partir du modèle générique OMP → MPS → équipe de pays des Nations Unies (Ctrl+Shift+N), ou importez un classeur (Ctrl+I).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/banner.py" line="94"/>
        <source>This workspace holds %n plan(s), among them the examples: {0}. Pick one on the left to see its tables, its timeline and its gaps; start your own with File → New plan from template (Ctrl+Shift+N).</source>
        <translation>
            <numerusform>Cet espace de travail contient %n plan, dont les exemples&#xa0;: {0}. Choisissez-en un à gauche pour voir ses tableaux, sa chronologie et ses lacunes&#xa0;; commencez le vôtre avec Fichier → Nouveau plan à partir du modèle (Ctrl+Shift+N).</numerusform>
            <numerusform>Cet espace de travail contient %n plans, dont les exemples&#xa0;: {0}. Choisissez-en un à gauche pour voir ses tableaux, sa chronologie et ses lacunes&#xa0;; commencez le vôtre avec Fichier → Nouveau plan à partir du modèle (Ctrl+Shift+N).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/banner.py" line="102"/>
        <source>This workspace holds %n plan(s). Pick one on the left to see its tables, its timeline and its gaps.</source>
        <translation>
            <numerusform>Cet espace de travail contient %n plan. Choisissez-le à gauche pour voir ses tableaux, sa chronologie et ses lacunes.</numerusform>
            <numerusform>Cet espace de travail contient %n plans. Choisissez-en un à gauche pour voir ses tableaux, sa chronologie et ses lacunes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/banner.py" line="108"/>
        <source>The gaps panel updates after every edit, and every edit can be undone. Help → User guide (F1) explains more.</source>
        <translation>Le panneau Lacunes se met à jour après chaque modification, et chaque modification peut être annulée. Aide → Guide de l&apos;utilisateur (F1) en dit plus.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/banner.py" line="131"/>
        <source>Read-only.</source>
        <translation>Lecture seule.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/banner.py" line="133"/>
        <source>You can look at the plans, filter them and export them, but not change them.</source>
        <translation>Vous pouvez consulter les plans, les filtrer et les exporter, mais pas les modifier.</translation>
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
        <location filename="../../src/transition_planner/brief/picture.py" line="42"/>
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
        <location filename="../../src/transition_planner/brief/picture.py" line="41"/>
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
        <location filename="../../src/transition_planner/brief/picture.py" line="40"/>
        <source>UN presence</source>
        <extracomment>Print resolution of the picture. Height of a row unit of the chart (inches) and the room around the rows.</extracomment>
        <translation>Présence de l&apos;ONU</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="43"/>
        <source>Secured or not tracked</source>
        <translation>Acquis ou non suivi</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="44"/>
        <source>Pledged</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="45"/>
        <source>Unfunded</source>
        <translation>Non financé</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="46"/>
        <source>Coverage / presence gap</source>
        <translation>Lacune de couverture / de présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="47"/>
        <source>Funding gap</source>
        <translation>Déficit de financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="48"/>
        <source>Cold handover</source>
        <translation>Chevauchement insuffisant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="49"/>
        <source>Capacity cliff</source>
        <translation>Chute de capacité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="50"/>
        <source>Lead change</source>
        <translation>Changement de chef de file</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="51"/>
        <source>Outside its presence</source>
        <translation>Hors de sa présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="52"/>
        <source>Drawdown before election</source>
        <translation>Retrait avant une élection</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="53"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="54"/>
        <source>Not required</source>
        <translation>Non requise</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="55"/>
        <source>{n} d</source>
        <translation>{n} j</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="56"/>
        <source>{name} · {kind} · {lead} lead</source>
        <translation>{name} · {kind} · chef de file {lead}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="57"/>
        <source>{lead} ({presence})</source>
        <translation>{lead} ({presence})</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="58"/>
        <source>{name} · {priority}</source>
        <translation>{name} · {priority}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="59"/>
        <source>… and {n} more actors</source>
        <translation>… et {n} autres acteurs</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="60"/>
        <source>No functions yet.</source>
        <translation>Pas encore de fonction.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="61"/>
        <source>The UN stops carrying it</source>
        <translation>L&apos;ONU cesse de l&apos;assurer</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="62"/>
        <source>Country-wide</source>
        <translation>Ensemble du pays</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="63"/>
        <source>Bridged break (a seam, not a gap)</source>
        <translation>Coupure tolérée (pas une lacune)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="64"/>
        <source>Drawdown under way</source>
        <translation>Retrait en cours</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="65"/>
        <source>Compressed drawdown</source>
        <translation>Retrait précipité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="67"/>
        <source>Handover planned</source>
        <translation>Passation prévue</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="68"/>
        <source>Handover in progress</source>
        <translation>Passation en cours</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="69"/>
        <source>Handover done</source>
        <translation>Passation terminée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="70"/>
        <source>Handover blocked</source>
        <translation>Passation bloquée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/brief/picture.py" line="71"/>
        <source>Handover lost</source>
        <translation>Passation perdue</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../src/transition_planner/ui/brief_flow.py" line="50"/>
        <location filename="../../src/transition_planner/ui/brief_flow.py" line="89"/>
        <source>Export brief</source>
        <translation>Exporter la note de synthèse</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/brief_flow.py" line="53"/>
        <source>The brief of “{0}”: an A4 PDF of at most two pages for a Head of Mission or a Resident Coordinator, as of {1}.</source>
        <translation>La note de synthèse de «&#xa0;{0}&#xa0;»&#xa0;: un PDF A4 de deux pages au plus à l&apos;intention d&apos;un chef de mission ou d&apos;un coordonnateur résident, au {1}.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/brief_flow.py" line="61"/>
        <source>File of the brief</source>
        <translation>Fichier de la note de synthèse</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/brief_flow.py" line="63"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/brief_flow.py" line="71"/>
        <source>Language of the brief</source>
        <translation>Langue de la note de synthèse</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/brief_flow.py" line="82"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/brief_flow.py" line="83"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/brief_flow.py" line="91"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>BriefFlow</name>
    <message>
        <location filename="../../src/transition_planner/ui/brief_flow.py" line="144"/>
        <source>Cannot write the brief</source>
        <extracomment>the dialog while it is open (tests and screenshots look at it)</extracomment>
        <translation>Impossible d&apos;écrire la note de synthèse</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/brief_flow.py" line="147"/>
        <source>{0}: the brief&apos;s name must end in .pdf</source>
        <translation>{0}&#xa0;: le nom de la note de synthèse doit se terminer par .pdf</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/brief_flow.py" line="153"/>
        <source>{0}: the folder {1} does not exist; nothing was written.</source>
        <translation>{0}&#xa0;: le dossier {1} n&apos;existe pas&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/brief_flow.py" line="180"/>
        <source>The {0} translation is not in this build; write the brief in English.</source>
        <translation>La traduction «&#xa0;{0}&#xa0;» ne figure pas dans cette version&#xa0;; rédigez la note de synthèse en anglais.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/brief_flow.py" line="183"/>
        <source>{0}: {1}
Nothing was written.</source>
        <translation>{0}&#xa0;: {1}
Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/brief_flow.py" line="190"/>
        <source>Writing the brief {0}…</source>
        <translation>Écriture de la note de synthèse {0}…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/brief_flow.py" line="195"/>
        <source>Wrote the brief of {0} to {1}</source>
        <translation>Note de synthèse de {0} enregistrée dans {1}</translation>
    </message>
</context>
<context>
    <name>CellMessage</name>
    <message>
        <location filename="../../src/transition_planner/ui/delegates.py" line="80"/>
        <source>Not saved</source>
        <extracomment>Marks the widgets this module made as cell editors. Marks a completion list with the editor it belongs to.</extracomment>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>Cells</name>
    <message>
        <location filename="../../src/transition_planner/ui/cell_values.py" line="28"/>
        <source>a date is required (YYYY-MM-DD)</source>
        <translation>une date est requise (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/cell_values.py" line="33"/>
        <source>“{0}” is not a date; type it as YYYY-MM-DD</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas une date&#xa0;; saisissez-la sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/cell_values.py" line="47"/>
        <source>“{0}” is not a number</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/cell_values.py" line="51"/>
        <source>capacity must be a number of at least 0</source>
        <translation>la capacité doit être un nombre positif ou nul</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/cell_values.py" line="71"/>
        <source>an amount in US dollars is required</source>
        <extracomment>Multipliers a planner may type after an amount (&quot;1.25m&quot;, &quot;300k&quot;, &quot;2bn&quot;).</extracomment>
        <translation>un montant en dollars des États-Unis est requis</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/cell_values.py" line="90"/>
        <source>“{0}” is not an amount of US dollars</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas un montant en dollars des États-Unis</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/cell_values.py" line="94"/>
        <location filename="../../src/transition_planner/ui/cell_values.py" line="212"/>
        <source>an amount must be at least 0 US dollars</source>
        <translation>un montant en dollars des États-Unis doit être positif ou nul</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/cell_values.py" line="103"/>
        <source>a year is required</source>
        <translation>une année est requise</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/cell_values.py" line="106"/>
        <source>“{0}” is not a year; type it as 2024</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas une année&#xa0;; saisissez-la sous la forme 2024</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/cell_values.py" line="162"/>
        <source>“{0}” is not an actor of this plan: choose one from the list, or add it in the Actors table first</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas un acteur de ce plan&#xa0;: choisissez-en un dans la liste, ou ajoutez-le d&apos;abord au tableau Acteurs</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/cell_values.py" line="168"/>
        <source>“{0}” is not a function of this plan: choose one from the list, or add it in the Functions table first</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas une fonction de ce plan&#xa0;: choisissez-en une dans la liste, ou ajoutez-la d&apos;abord au tableau Fonctions</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/cell_values.py" line="174"/>
        <source>“{0}” is not a presence of this plan: choose one from the list, or add it in the Presences table first</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas une présence de ce plan&#xa0;: choisissez-en une dans la liste, ou ajoutez-la d&apos;abord au tableau Présences</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/cell_values.py" line="180"/>
        <source>“{0}” is not in this plan</source>
        <translation>«&#xa0;{0}&#xa0;» ne figure pas dans ce plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/cell_values.py" line="186"/>
        <source>“{0}” could be any of: {1}; type more of the name</source>
        <translation>«&#xa0;{0}&#xa0;» peut désigner&#xa0;: {1}&#xa0;; saisissez une plus grande partie du nom</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/cell_values.py" line="223"/>
        <location filename="../../src/transition_planner/ui/cell_values.py" line="246"/>
        <source>a value is required</source>
        <translation>une valeur est requise</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/cell_values.py" line="233"/>
        <source>a name is required</source>
        <translation>un nom est requis</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/cell_values.py" line="252"/>
        <source>“{0}” is not one of the choices: {1}</source>
        <translation>«&#xa0;{0}&#xa0;» ne fait pas partie des choix&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="230"/>
        <source>Not saved: {0}</source>
        <extracomment>list[tuple[str, object]]: (label, value) pairs an editor offers for the cell. The cell&apos;s `ColumnKind`. The message of a refused input on this cell (&quot;&quot; when none). The cell&apos;s `Column`. Input was refused (the reason); the cell shows it too. (entity id, field) → (typed text, reason) of refused input reference field → id → name, for the current plan the last change found valid by `validate` (saves checking it twice)</extracomment>
        <translation>Non enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="243"/>
        <source>blank</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="245"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="294"/>
        <source>this table cannot be changed</source>
        <translation>ce tableau ne peut pas être modifié</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="335"/>
        <source>Change {0} of {1}</source>
        <translation>Modifier «&#xa0;{0}&#xa0;» de {1}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_models.py" line="381"/>
        <source>{0} (copy)</source>
        <translation>{0} (copie)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_columns.py" line="140"/>
        <source>(none)</source>
        <extracomment>The translation context of column headers and their tooltips. ENUM columns: the enumeration offered. REF columns: the entity type whose names are offered (the plan&apos;s entities of it). SUGGEST columns: the values the plan already has, offered while typing. What the column means (the header&apos;s tooltip and the cells&apos; accessible description). What a blank cell means (its tooltip), for optional columns. Optional enumerations and references: the drop-down&apos;s first entry, the blank one (&quot;(not assessed)&quot;); empty: &quot;(not tracked)&quot; or &quot;(none)&quot;.</extracomment>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_columns.py" line="141"/>
        <source>(not tracked)</source>
        <translation>(non suivi)</translation>
    </message>
</context>
<context>
    <name>ChangeReviewDialog</name>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="86"/>
        <source>Review the workbook&apos;s changes to {0}</source>
        <translation>Examiner les modifications du classeur pour {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="91"/>
        <source>The workbook adds {0}, changes {1} and removes {2} rows of “{3}”. Tick what you accept; nothing is written until you apply.</source>
        <translation>Le classeur ajoute {0}, modifie {1} et supprime {2} lignes de «&#xa0;{3}&#xa0;». Cochez ce que vous acceptez&#xa0;; rien n&apos;est enregistré avant que vous appliquiez.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="99"/>
        <source>Changes in the workbook</source>
        <translation>Modifications du classeur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="100"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="100"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="106"/>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="107"/>
        <source>changed</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="108"/>
        <source>removed</source>
        <translation>suppression</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="111"/>
        <source>Summary (plan settings)</source>
        <translation>Synthèse (paramètres du plan)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="147"/>
        <source>Select &amp;all</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="148"/>
        <source>Select &amp;none</source>
        <translation>Tout &amp;désélectionner</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="153"/>
        <source>&amp;Apply selected</source>
        <translation>&amp;Appliquer la sélection</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="170"/>
        <source>The workbook holds no changes to this plan.</source>
        <translation>Le classeur ne contient aucune modification de ce plan.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="200"/>
        <source>Nothing is selected.</source>
        <translation>Rien n&apos;est sélectionné.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="206"/>
        <source>The selected changes cannot be applied alone:
{0}</source>
        <translation>Les modifications sélectionnées ne peuvent pas être appliquées seules&#xa0;:
{0}</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="352"/>
        <source>(blank)</source>
        <extracomment>Entity type names, as used in messages, sheet names (plural) and the store. For `changed`: the fields that differ. Position of the entity in its collection: where it was (removed) or goes (added, None = at the end).</extracomment>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="454"/>
        <source>{function} by {actor} from {start}</source>
        <translation>{function} par {actor} à partir du {start}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="462"/>
        <source>{source} {year}</source>
        <translation>{source} {year}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="473"/>
        <source>Plan: {field} {old} → {new}</source>
        <translation>Plan&#xa0;: {field} {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="484"/>
        <source>{type} added: {name}</source>
        <translation>{type} — ajout&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="491"/>
        <source>{type} removed: {name}</source>
        <translation>{type} — suppression&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="497"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="498"/>
        <source>{field} {old} → {new}</source>
        <translation>{field} {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="506"/>
        <source>{type} changed: {name}: {changes}</source>
        <translation>{type} — modification&#xa0;: {name} ({changes})</translation>
    </message>
</context>
<context>
    <name>ChoiceEdit</name>
    <message>
        <location filename="../../src/transition_planner/ui/editors.py" line="185"/>
        <source>Type a new value or one of the list (Alt+Down)</source>
        <extracomment>A completion was picked with the mouse or Enter: commit the editor.</extracomment>
        <translation>Saisissez une nouvelle valeur ou l&apos;une de celles de la liste (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/editors.py" line="187"/>
        <source>Type to search, or Alt+Down for the list</source>
        <translation>Saisissez pour rechercher, ou Alt+Down pour la liste</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/transition_planner/cli.py" line="411"/>
        <source>Plan: {plan}</source>
        <translation>Plan&#xa0;: {plan}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/cli.py" line="413"/>
        <source>Horizon: {start} – {end}</source>
        <translation>Horizon&#xa0;: {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/cli.py" line="419"/>
        <source>Continuity score: {score}</source>
        <translation>Indice de continuité&#xa0;: {score}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/cli.py" line="426"/>
        <source>As of: {day}</source>
        <translation>Date de référence&#xa0;: {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/cli.py" line="429"/>
        <source>%n critical</source>
        <translation>
            <numerusform>%n critique</numerusform>
            <numerusform>%n critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/cli.py" line="430"/>
        <source>%n high</source>
        <translation>
            <numerusform>%n élevé</numerusform>
            <numerusform>%n élevés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/cli.py" line="431"/>
        <source>%n medium</source>
        <translation>
            <numerusform>%n moyen</numerusform>
            <numerusform>%n moyens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/cli.py" line="432"/>
        <source>%n low</source>
        <translation>
            <numerusform>%n faible</numerusform>
            <numerusform>%n faibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/cli.py" line="433"/>
        <source>%n info</source>
        <translation>
            <numerusform>%n pour information</numerusform>
            <numerusform>%n pour information</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/cli.py" line="435"/>
        <source>Findings: {counts}</source>
        <translation>Constats&#xa0;: {counts}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="65"/>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="134"/>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="185"/>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="317"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="57"/>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="160"/>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="68"/>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="319"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="71"/>
        <source>PKO, SPM, Non-mission (UN country team), Regional office or Partner</source>
        <translation>OMP, MPS, Hors mission (équipe de pays des Nations Unies), Bureau régional ou Mission partenaire</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="75"/>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="252"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="78"/>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="255"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="80"/>
        <source>Blank: ongoing</source>
        <translation>Vide&#xa0;: en cours</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="84"/>
        <source>Drawdown start</source>
        <translation>Début du retrait</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="86"/>
        <source>The day the drawdown or withdrawal began (the Council&apos;s decision to close, a host government&apos;s demand to leave); between start and end</source>
        <translation>Le jour où le retrait a commencé (décision du Conseil de fermer la mission, demande de départ du gouvernement hôte)&#xa0;; entre le début et la fin</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="91"/>
        <source>Blank: no drawdown decided</source>
        <translation>Vide&#xa0;: aucun retrait décidé</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="95"/>
        <source>Lead department</source>
        <translation>Département chef de file</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="98"/>
        <source>The department that leads at headquarters; follows the kind</source>
        <translation>Le département chef de file au Siège&#xa0;; dépend du type</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="102"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="103"/>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="115"/>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="204"/>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="104"/>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="158"/>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="212"/>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="289"/>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="320"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="135"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="138"/>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="141"/>
        <source>The presence this actor belongs to: it acts only while it exists</source>
        <translation>La présence dont relève cet acteur&#xa0;: il n&apos;agit que tant qu&apos;elle existe</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="144"/>
        <source>Blank: belongs to no presence</source>
        <translation>Vide&#xa0;: ne relève d&apos;aucune présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="148"/>
        <source>Continues</source>
        <translation>Succède à</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="151"/>
        <source>The actor whose work this one carries on without a handover (a successor mission&apos;s police built from its predecessor&apos;s)</source>
        <translation>L&apos;acteur dont celui-ci poursuit le travail sans passation (la police d&apos;une nouvelle mission, formée à partir de celle de la précédente)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="156"/>
        <source>Blank: continues no other actor</source>
        <translation>Vide&#xa0;: ne succède à aucun acteur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="186"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="198"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="202"/>
        <source>Required from</source>
        <translation>Requise à partir du</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="204"/>
        <source>Blank: from the horizon&apos;s start</source>
        <translation>Vide&#xa0;: dès le début de l&apos;horizon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="208"/>
        <source>Required until</source>
        <translation>Requise jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="210"/>
        <source>Blank: until the horizon&apos;s end</source>
        <translation>Vide&#xa0;: jusqu&apos;à la fin de l&apos;horizon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="49"/>
        <source>Item</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="51"/>
        <source>What must pass hands: a task, a site, assets, case files, records…</source>
        <translation>Ce qui doit être transmis&#xa0;: une tâche, un site, des biens, des dossiers, des archives…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="60"/>
        <source>Task, Site, Asset, Caseload, Records, Programme or Other</source>
        <translation>Tâche, Site, Bien, Dossiers en cours, Archives, Programme ou Autre</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="66"/>
        <source>From</source>
        <translation>Cédant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="69"/>
        <source>The actor that hands the item over</source>
        <translation>L&apos;acteur qui remet l&apos;objet</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="73"/>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="76"/>
        <source>The actor that receives it</source>
        <translation>L&apos;acteur qui le reçoit</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="77"/>
        <source>Blank: no receiver yet</source>
        <translation>Vide&#xa0;: pas encore de destinataire</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="78"/>
        <source>(no receiver yet)</source>
        <translation>(personne à ce jour)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="80"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="83"/>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="183"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="86"/>
        <source>Planned, In progress, Done, Blocked or Lost (a site looted, an asset destroyed, records gone)</source>
        <translation>Prévue, En cours, Terminée, Bloquée ou Perdue (site pillé, bien détruit, archives disparues)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="94"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="95"/>
        <source>The person or office answerable for it</source>
        <translation>La personne ou le bureau qui en répond</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="99"/>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="190"/>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="249"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="102"/>
        <source>The function the item serves, if any</source>
        <translation>La fonction que sert l&apos;objet, le cas échéant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="103"/>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="194"/>
        <source>Blank: no function named</source>
        <translation>Vide&#xa0;: aucune fonction indiquée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="107"/>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="189"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="110"/>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="192"/>
        <source>Where in the country: a province, region or sector; blank: country-wide</source>
        <translation>Où dans le pays&#xa0;: une province, une région ou un secteur&#xa0;; vide&#xa0;: ensemble du pays</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="113"/>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="195"/>
        <source>Blank: country-wide</source>
        <translation>Vide&#xa0;: ensemble du pays</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="152"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="154"/>
        <source>Where the money comes from: a budget, a fund, a donor, a decision</source>
        <translation>D&apos;où vient l&apos;argent&#xa0;: un budget, un fonds, un donateur, une décision</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="163"/>
        <source>Assessed, Regular budget, Peacebuilding Fund, Trust fund, Voluntary, Host government or Other</source>
        <translation>Contributions statutaires, Budget ordinaire, Fonds pour la consolidation de la paix, Fonds d&apos;affectation spéciale, Contributions volontaires, Gouvernement hôte ou Autre</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="171"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="173"/>
        <source>The calendar year the money is for</source>
        <translation>L&apos;année civile à laquelle l&apos;argent est destiné</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="177"/>
        <source>Amount (USD)</source>
        <translation>Montant ($ US)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="179"/>
        <source>US dollars, at least 0; type 1,250,000 or 1.25m</source>
        <translation>Dollars des États-Unis, positif ou nul&#xa0;; saisissez 1&#xa0;250&#xa0;000 ou 1,25m</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="186"/>
        <source>Secured, Pledged or Projected</source>
        <translation>Acquis, Annoncé ou Prévu</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="193"/>
        <source>The function the money pays for, if any</source>
        <translation>La fonction que l&apos;argent finance, le cas échéant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="198"/>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="251"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="201"/>
        <source>The actor that receives the money, if any</source>
        <translation>L&apos;acteur qui reçoit l&apos;argent, le cas échéant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="202"/>
        <source>Blank: no actor named</source>
        <translation>Vide&#xa0;: aucun acteur indiqué</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="257"/>
        <source>Blank: open-ended (until the horizon&apos;s end)</source>
        <translation>Vide&#xa0;: sans date de fin (jusqu&apos;à la fin de l&apos;horizon)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="261"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="263"/>
        <source>A number of at least 0 (e.g. staff); blank: unknown</source>
        <translation>Un nombre positif ou nul (p.&#xa0;ex. effectifs)&#xa0;; vide&#xa0;: inconnue</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="266"/>
        <source>Blank: capacity unknown</source>
        <translation>Vide&#xa0;: capacité inconnue</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="270"/>
        <source>Funding status</source>
        <translation>État du financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="273"/>
        <source>Blank: funding not tracked</source>
        <translation>Vide&#xa0;: financement non suivi</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="275"/>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="278"/>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="281"/>
        <source>Whether a carrier that is not a UN actor can carry the function: Ready, Partly ready or Not ready</source>
        <translation>Si un acteur qui n&apos;appartient pas à l&apos;ONU est en mesure d&apos;assurer la fonction&#xa0;: Prêt, Partiellement prêt ou Pas prêt</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="286"/>
        <source>Blank: not assessed</source>
        <translation>Vide&#xa0;: non évaluée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="287"/>
        <source>(not assessed)</source>
        <translation>(non évaluée)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="318"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="89"/>
        <source>Compare two plans</source>
        <extracomment>A finding was activated: (the id of its plan, the finding). A comparison was shown (tests wait for it).</extracomment>
        <translation>Comparer deux plans</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="99"/>
        <source>Plan A</source>
        <translation>Plan A</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="102"/>
        <source>Plan B</source>
        <translation>Plan B</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="107"/>
        <source>Plan &amp;A:</source>
        <translation>&amp;Plan A&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="109"/>
        <source>Plan &amp;B:</source>
        <translation>P&amp;lan B&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="113"/>
        <source>Swap</source>
        <translation>Permuter</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="114"/>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="115"/>
        <source>Swap plans A and B</source>
        <translation>Permuter les plans A et B</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="119"/>
        <source>Continuity scores</source>
        <translation>Indices de continuité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="131"/>
        <source>Both plans on one time axis</source>
        <translation>Les deux plans sur un même axe du temps</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="134"/>
        <source>Every row holds plan A&apos;s lane above plan B&apos;s: presences first, then each function of either plan; gaps are hatched</source>
        <translation>Chaque ligne montre la bande du plan A au-dessus de celle du plan B&#xa0;: d&apos;abord les présences, puis chaque fonction de l&apos;un ou l&apos;autre plan&#xa0;; les lacunes sont hachurées</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="149"/>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="315"/>
        <source>Only in A</source>
        <translation>Propres à A</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="150"/>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="316"/>
        <source>Only in B</source>
        <translation>Propres à B</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="151"/>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="317"/>
        <source>In both</source>
        <translation>Communs aux deux</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="163"/>
        <source>Enter or a double-click shows the finding in its plan</source>
        <translation>Entrée ou un double-clic montre le constat dans son plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="207"/>
        <source>Presences</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="208"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="209"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="210"/>
        <source>A: {name}</source>
        <translation>A&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="211"/>
        <source>B: {name}</source>
        <translation>B&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="212"/>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="213"/>
        <source>Outside the plan&apos;s horizon</source>
        <translation>Hors de l&apos;horizon du plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="214"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="215"/>
        <source>Neither plan has functions yet.</source>
        <translation>Aucun des deux plans n&apos;a encore de fonction.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="301"/>
        <source>Comparing {0} and {1}…</source>
        <translation>Comparaison de {0} et de {1}…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="302"/>
        <source>Cannot compare {0} and {1}</source>
        <translation>Impossible de comparer {0} et {1}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="321"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="329"/>
        <source>Choose two plans to compare.</source>
        <translation>Choisissez deux plans à comparer.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="333"/>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="340"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/compare_view.py" line="337"/>
        <source>Continuity score — A: {0} · B: {1} · difference (B − A): {2}</source>
        <translation>Indice de continuité — A&#xa0;: {0} · B&#xa0;: {1} · écart (B − A)&#xa0;: {2}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="32"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="36"/>
        <source>Dashboard charts</source>
        <translation>Graphiques du tableau de bord</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="39"/>
        <source>Capacity over time by actor type; funding by year and kind in US dollars, or of the required function-days by month; coverage of each function by month; findings by rule and severity</source>
        <translation>Capacité dans le temps par type d&apos;acteur&#xa0;; financement par année et par type en dollars des États-Unis, ou des jours-fonctions requis par mois&#xa0;; couverture de chaque fonction par mois&#xa0;; constats par règle et par gravité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="44"/>
        <source>&amp;Logarithmic capacity scale</source>
        <translation>Échelle &amp;logarithmique des capacités</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="48"/>
        <source>Show each actor type&apos;s capacity on a logarithmic scale, so that small capacities after a mission leaves stay visible</source>
        <translation>Afficher la capacité de chaque type d&apos;acteur sur une échelle logarithmique, pour que les petites capacités restent visibles après le départ d&apos;une mission</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="55"/>
        <source>By year and kind (US dollars)</source>
        <translation>Par année et par type ($ US)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="56"/>
        <source>Of the required function-days</source>
        <translation>Des jours-fonctions requis</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="57"/>
        <source>Funding chart</source>
        <translation>Graphique du financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="60"/>
        <source>Funding by year: the plan&apos;s funding lines, Secured solid, Pledged hatched, Projected outlined, the financial cliffs marked. Of the required function-days: the funding status of the assignments that carry them.</source>
        <translation>Par année et par type&#xa0;: les lignes de financement du plan, Acquis en plein, Annoncé hachuré, Prévu en contour, les chutes du financement signalées. Des jours-fonctions requis&#xa0;: l&apos;état du financement des affectations qui les assurent.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="66"/>
        <source>Fundin&amp;g:</source>
        <translation>F&amp;inancement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="88"/>
        <source>Capacity over time, by actor type</source>
        <translation>Capacité dans le temps, par type d&apos;acteur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="89"/>
        <source>Capacity over time, by actor type (logarithmic scale)</source>
        <translation>Capacité dans le temps, par type d&apos;acteur (échelle logarithmique)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="90"/>
        <source>Capacity (staff)</source>
        <translation>Capacité (effectifs)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="91"/>
        <source>Assignments without a capacity (not counted): {n}</source>
        <translation>Affectations sans capacité (non comptées)&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="92"/>
        <source>Coverage of required days, by month</source>
        <translation>Couverture des jours requis, par mois</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="93"/>
        <source>Share of required days covered</source>
        <translation>Part des jours requis couverts</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="94"/>
        <source>Findings by rule and severity</source>
        <translation>Constats par règle et par gravité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="95"/>
        <source>Funding of required function-days, by month</source>
        <translation>Financement des jours-fonctions requis, par mois</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="96"/>
        <source>Share of required function-days</source>
        <translation>Part des jours-fonctions requis</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="97"/>
        <source>Nothing to show yet</source>
        <translation>Rien à afficher pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="99"/>
        <source>Secured</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="100"/>
        <source>Pledged</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="101"/>
        <source>Not tracked</source>
        <translation>Non suivi</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="102"/>
        <source>Unfunded</source>
        <translation>Non financé</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="103"/>
        <source>Uncovered</source>
        <translation>Non couvert</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="107"/>
        <source>Funding by year and kind (US dollars)</source>
        <translation>Financement par année et par type ($ US)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="108"/>
        <source>US dollars</source>
        <translation>Dollars des États-Unis</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="109"/>
        <source>${n}M</source>
        <translation>{n}&#xa0;M$</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="110"/>
        <source>${n}K</source>
        <translation>{n}&#xa0;k$</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="111"/>
        <source>${n}</source>
        <translation>{n}&#xa0;$</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="114"/>
        <source>Secured (solid)</source>
        <translation>Acquis (plein)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="115"/>
        <source>Pledged (hatched)</source>
        <translation>Annoncé (hachuré)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="116"/>
        <source>Projected (outlined)</source>
        <translation>Prévu (contour)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="118"/>
        <source>Cliff {drop}</source>
        <translation>Chute {drop}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="119"/>
        <source>Financial cliff</source>
        <translation>Chute du financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="120"/>
        <source>No funding lines yet</source>
        <translation>Pas encore de ligne de financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dashboard_view.py" line="121"/>
        <source>Funding lines outside the horizon (not shown): {n}</source>
        <translation>Lignes de financement hors de l&apos;horizon (non affichées)&#xa0;: {n}</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../src/transition_planner/ui/editors.py" line="60"/>
        <source>YYYY-MM-DD (blank: none)</source>
        <extracomment>The widest date text (ISO: digits of the font&apos;s widest digit). A date was picked in the calendar (the editor should be committed). Return or Enter in the field outside a table (a form commits on it).</extracomment>
        <translation>AAAA-MM-JJ (vide&#xa0;: aucune)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/editors.py" line="60"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/editors.py" line="62"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/editors.py" line="64"/>
        <source>Type a date as YYYY-MM-DD, or press Alt+Down for a calendar; blank for none</source>
        <translation>Saisissez une date sous la forme AAAA-MM-JJ, ou appuyez sur Alt+Down pour un calendrier&#xa0;; laissez vide pour aucune</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/editors.py" line="66"/>
        <source>Type a date as YYYY-MM-DD, or press Alt+Down for a calendar</source>
        <translation>Saisissez une date sous la forme AAAA-MM-JJ, ou appuyez sur Alt+Down pour un calendrier</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/editors.py" line="70"/>
        <source>Pick a date from the calendar (Alt+Down)</source>
        <translation>Choisir une date dans le calendrier (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/editors.py" line="71"/>
        <source>Open calendar</source>
        <translation>Ouvrir le calendrier</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/editors.py" line="89"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="425"/>
        <source>Presence</source>
        <extracomment>The name of each entity type, one and many, as a planner reads it.</extracomment>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="425"/>
        <source>Presences</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="426"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="426"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="427"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="427"/>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="429"/>
        <source>Assignment</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="430"/>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="433"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="434"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="436"/>
        <source>Handover</source>
        <translation>Passation</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="436"/>
        <source>Handovers</source>
        <translation>Passations</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="438"/>
        <source>Funding line</source>
        <translation>Ligne de financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="439"/>
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
    <name>EntityTable</name>
    <message>
        <location filename="../../src/transition_planner/ui/entity_table.py" line="94"/>
        <source>Filter {0}</source>
        <translation>Filtrer {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/entity_table.py" line="108"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/entity_table.py" line="93"/>
        <source>Filter the rows (Ctrl+F)…</source>
        <extracomment>The widest a name or reference column is fitted to (pixels); wider names scroll. The widest a short free text column is fitted to. The narrowest the notes get (they take what is left of the width). Rows measured when fitting (enough for every plan a planner types). The planner pressed Delete on a cell (the table clears it through the delegate).</extracomment>
        <translation>Filtrer les lignes (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/entity_table.py" line="96"/>
        <source>Shows only the rows that contain the text typed here</source>
        <translation>N&apos;affiche que les lignes qui contiennent le texte saisi ici</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/entity_table.py" line="105"/>
        <source>{0} by area</source>
        <extracomment>the filter by area (tables with an area; shown when the plan names areas)</extracomment>
        <translation>{0} par zone</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/entity_table.py" line="109"/>
        <source>Add a row (Ctrl++ or Ctrl+Ins)</source>
        <translation>Ajouter une ligne (Ctrl++ ou Ctrl+Ins)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/entity_table.py" line="110"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/entity_table.py" line="111"/>
        <source>Duplicate the selected rows (Ctrl+D)</source>
        <translation>Dupliquer les lignes sélectionnées (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/entity_table.py" line="112"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/entity_table.py" line="113"/>
        <source>Delete the selected rows (Ctrl+Del)</source>
        <translation>Supprimer les lignes sélectionnées (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/entity_table.py" line="115"/>
        <source>Add a row to {0}</source>
        <translation>Ajouter une ligne à {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/entity_table.py" line="116"/>
        <source>Duplicate the selected rows of {0}</source>
        <translation>Dupliquer les lignes sélectionnées de {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/entity_table.py" line="117"/>
        <source>Delete the selected rows of {0}</source>
        <translation>Supprimer les lignes sélectionnées de {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/entity_table.py" line="127"/>
        <source>{0}. Type or press F2 to edit a cell; Tab and Shift+Tab move between cells, Enter commits and moves down, Escape cancels, Delete clears a cell; Ctrl+Tab shows the next table, F6 the next part of the window.</source>
        <translation>{0}. Saisissez du texte ou appuyez sur F2 pour modifier une cellule&#xa0;; Tab et Shift+Tab passent d&apos;une cellule à l&apos;autre, Entrée valide et descend d&apos;une ligne, Échap annule, Suppr vide une cellule&#xa0;; Ctrl+Tab affiche le tableau suivant, F6 la partie suivante de la fenêtre.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="373"/>
        <source>Name</source>
        <extracomment>The label of each field as the workbook&apos;s column header and the editor&apos;s heading say it.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="374"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="375"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="376"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="377"/>
        <source>Horizon start</source>
        <translation>Début de l&apos;horizon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="378"/>
        <source>Horizon end</source>
        <translation>Fin de l&apos;horizon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="379"/>
        <source>Minimum overlap (days)</source>
        <translation>Chevauchement minimal (jours)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="380"/>
        <source>Cliff threshold</source>
        <translation>Seuil de chute</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="381"/>
        <source>Bridge breaks (days)</source>
        <translation>Coupures tolérées (jours)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="382"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="383"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="384"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="385"/>
        <source>Drawdown start</source>
        <translation>Début du retrait</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="386"/>
        <source>Lead department</source>
        <translation>Département chef de file</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="387"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="388"/>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="389"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="390"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="391"/>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="392"/>
        <source>Continues</source>
        <translation>Succède à</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="393"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="394"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="395"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="396"/>
        <source>Required from</source>
        <translation>Requise à partir du</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="397"/>
        <source>Required until</source>
        <translation>Requise jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="398"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="399"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="400"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="401"/>
        <source>Funding status</source>
        <translation>État du financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="402"/>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="403"/>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="404"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="405"/>
        <source>Item</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="406"/>
        <source>From</source>
        <translation>Cédant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="407"/>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="408"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="409"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="410"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="411"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="412"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/changes.py" line="413"/>
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
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="16"/>
        <source>Presence gap</source>
        <translation>Lacune de présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="17"/>
        <source>Coverage gap</source>
        <translation>Lacune de couverture</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="18"/>
        <source>Short break</source>
        <translation>Brève interruption</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="19"/>
        <source>Funding gap</source>
        <translation>Déficit de financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="20"/>
        <source>Capacity cliff</source>
        <translation>Chute de capacité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="21"/>
        <source>UN exit</source>
        <translation>Départ de l&apos;ONU</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="22"/>
        <source>Cold handover</source>
        <translation>Chevauchement insuffisant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="23"/>
        <source>Outlives presence</source>
        <translation>Hors de sa présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="24"/>
        <source>Compressed drawdown</source>
        <translation>Retrait précipité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="25"/>
        <source>Handover after exit</source>
        <translation>Passation après le départ</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="26"/>
        <source>Handover unassigned</source>
        <translation>Passation sans destinataire</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="27"/>
        <source>Handover overdue</source>
        <translation>Passation en retard</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="28"/>
        <source>Handover lost</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="29"/>
        <source>Financial cliff</source>
        <translation>Chute du financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="30"/>
        <source>Lead change</source>
        <translation>Changement de chef de file</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="31"/>
        <source>Drawdown before election</source>
        <translation>Retrait avant une élection</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="37"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="38"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="39"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="40"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/finding_words.py" line="41"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../src/transition_planner/ui/findings_table.py" line="62"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/findings_table.py" line="63"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/findings_table.py" line="64"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/findings_table.py" line="65"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/findings_table.py" line="66"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/findings_table.py" line="67"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/findings_table.py" line="68"/>
        <source>Detail</source>
        <translation>Constat</translation>
    </message>
</context>
<context>
    <name>FundingKind</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="378"/>
        <source>Assessed</source>
        <translation>Contributions statutaires</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="379"/>
        <source>Regular budget</source>
        <translation>Budget ordinaire</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="380"/>
        <source>Peacebuilding Fund</source>
        <translation>Fonds pour la consolidation de la paix</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="381"/>
        <source>Trust fund</source>
        <translation>Fonds d&apos;affectation spéciale</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="382"/>
        <source>Voluntary</source>
        <translation>Contributions volontaires</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="383"/>
        <source>Host government</source>
        <translation>Gouvernement hôte</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="384"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>FundingLineStatus</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="385"/>
        <source>Secured</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="386"/>
        <source>Pledged</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="387"/>
        <source>Projected</source>
        <translation>Prévu</translation>
    </message>
</context>
<context>
    <name>FundingStatus</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="360"/>
        <source>Secured</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="361"/>
        <source>Pledged</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="362"/>
        <source>Unfunded</source>
        <translation>Non financé</translation>
    </message>
</context>
<context>
    <name>GapsPanel</name>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="63"/>
        <source>Gaps</source>
        <extracomment>The planner set the as-of day of the register rules (a date; None: today). the as-of day the planner set (None: today)</extracomment>
        <translation>Lacunes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="67"/>
        <source>Continuity score</source>
        <translation>Indice de continuité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="70"/>
        <source>Share of the required days of the functions that are covered, weighted by priority (Critical 8, High 4, Medium 2, Low 1)</source>
        <translation>Part des jours requis des fonctions qui sont couverts, pondérée par la priorité (Critique 8, Haute 4, Moyenne 2, Basse 1)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="78"/>
        <source>Findings by severity</source>
        <translation>Constats par gravité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="86"/>
        <source>Filter by rule</source>
        <extracomment>the as-of field&apos;s date editor and the reason it refused a day</extracomment>
        <translation>Filtrer par règle</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="87"/>
        <source>Show the findings of one rule</source>
        <translation>Afficher les constats d&apos;une règle</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="88"/>
        <source>All rules</source>
        <translation>Toutes les règles</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="92"/>
        <source>Filter by severity</source>
        <translation>Filtrer par gravité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="93"/>
        <source>Show the findings of one severity</source>
        <translation>Afficher les constats d&apos;une gravité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="94"/>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="98"/>
        <source>Filter by function</source>
        <translation>Filtrer par fonction</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="99"/>
        <source>Show the findings of one function</source>
        <translation>Afficher les constats d&apos;une fonction</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="100"/>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="319"/>
        <source>All functions</source>
        <translation>Toutes les fonctions</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="103"/>
        <source>Filter by area</source>
        <translation>Filtrer par zone</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="105"/>
        <source>Show the findings of the functions and handovers of one area</source>
        <translation>Afficher les constats des fonctions et des passations d&apos;une zone</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="108"/>
        <source>Search findings…</source>
        <translation>Rechercher un constat…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="109"/>
        <source>Search findings</source>
        <translation>Rechercher un constat</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="114"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="117"/>
        <source>The gaps in continuity of care, most severe first. Enter or double-click shows what a finding concerns in the editor and on the timeline.</source>
        <translation>Les lacunes dans la continuité des soins, les plus graves d&apos;abord. Entrée ou un double-clic montre ce que concerne un constat dans l&apos;éditeur et sur la chronologie.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="140"/>
        <source>Double-click or press Enter to show the finding</source>
        <extracomment>the planner resized a column (or the widths came from the settings): keep them</extracomment>
        <translation>Double-cliquez ou appuyez sur Entrée pour afficher le constat</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="200"/>
        <source>Continuity score: –</source>
        <translation>Indice de continuité&#xa0;: –</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="205"/>
        <source>Continuity score: {0}</source>
        <translation>Indice de continuité&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="206"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="240"/>
        <source>%n of {0} shown</source>
        <translation>
            <numerusform>%n affiché sur {0}</numerusform>
            <numerusform>%n affichés sur {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="310"/>
        <source>Continuity score: analysing…</source>
        <translation>Indice de continuité&#xa0;: analyse en cours…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="284"/>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="288"/>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="294"/>
        <source>The user guide (docs/USER_GUIDE.md) is not installed with this copy.</source>
        <translation>Le guide de l&apos;utilisateur (docs/USER_GUIDE.md) n&apos;est pas installé avec cette copie.</translation>
    </message>
</context>
<context>
    <name>HandoverKind</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="366"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="367"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="368"/>
        <source>Asset</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="369"/>
        <source>Caseload</source>
        <translation>Dossiers en cours</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="370"/>
        <source>Records</source>
        <translation>Archives</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="371"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="372"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>HandoverStatus</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="373"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="374"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="375"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="376"/>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="377"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
</context>
<context>
    <name>LeadDepartment</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="58"/>
        <source>DPKO</source>
        <extracomment>The day the restructuring of the peace and security pillar took effect (A/72/525, GA res 72/199).</extracomment>
        <translation>DOMP</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="59"/>
        <source>DPA</source>
        <translation>DAP</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="345"/>
        <source>DPO</source>
        <translation>DOP</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="346"/>
        <source>DPPA</source>
        <translation>DPPA</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="347"/>
        <source>RC/UNCT</source>
        <translation>CR/équipe de pays</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="348"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="89"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="83"/>
        <source>&amp;Recent workspaces</source>
        <extracomment>The views show a new analysis of the current plan.</extracomment>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/main_window.py" line="228"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="316"/>
        <source>About Transition Planner</source>
        <translation>À propos de Transition Planner</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/dialogs.py" line="317"/>
        <source>&lt;h3&gt;Transition Planner {0}&lt;/h3&gt;&lt;p&gt;Plan UN transitions (PKO → SPM → UN country team) and see every gap in continuity of care.&lt;/p&gt;&lt;p&gt;Workspace: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Transition Planner {0}&lt;/h3&gt;&lt;p&gt;Planifiez les transitions des Nations Unies (OMP → MPS → équipe de pays des Nations Unies) et repérez chaque lacune dans la continuité des soins.&lt;/p&gt;&lt;p&gt;Espace de travail&#xa0;: {1}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MilestoneKind</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="388"/>
        <source>Mandate renewal</source>
        <translation>Renouvellement du mandat</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="389"/>
        <source>Election</source>
        <translation>Élection</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="390"/>
        <source>Benchmark</source>
        <translation>Critère de référence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="391"/>
        <source>Drawdown</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="392"/>
        <source>Handover</source>
        <translation>Passation</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="393"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <location filename="../../src/transition_planner/ui/banner.py" line="43"/>
        <location filename="../../src/transition_planner/ui/banner.py" line="44"/>
        <source>Close this note</source>
        <translation>Fermer cette note</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/operations.py" line="261"/>
        <source>%n problem(s); nothing was changed:</source>
        <extracomment>True while an operation runs. An operation ended (after its callback ran, or when it was cancelled).</extracomment>
        <translation>
            <numerusform>%n problème&#xa0;; rien n&apos;a été modifié&#xa0;:</numerusform>
            <numerusform>%n problèmes&#xa0;; rien n&apos;a été modifié&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/operations.py" line="268"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanBrowser</name>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="200"/>
        <source>Plans</source>
        <extracomment>&quot;Compare with&quot; on a plan&apos;s context menu: (that plan, the other plan).</extracomment>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="203"/>
        <source>Search plans…</source>
        <translation>Rechercher un plan…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="204"/>
        <source>Search plans</source>
        <translation>Rechercher un plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="210"/>
        <source>Plans of the workspace</source>
        <translation>Plans de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="212"/>
        <source>Up and Down choose the plan the window shows; Tab goes on to the plan</source>
        <translation>Les flèches haut et bas choisissent le plan affiché dans la fenêtre&#xa0;; Tab passe au plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="246"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="246"/>
        <source>New blank plan</source>
        <translation>Nouveau plan vierge</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="248"/>
        <source>From template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="248"/>
        <source>New plan from the template</source>
        <translation>Nouveau plan à partir du modèle</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="251"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="251"/>
        <source>Duplicate the selected plan</source>
        <translation>Dupliquer le plan sélectionné</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="254"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="254"/>
        <source>Rename the selected plan</source>
        <translation>Renommer le plan sélectionné</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="257"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="257"/>
        <source>Delete the selected plan</source>
        <translation>Supprimer le plan sélectionné</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="364"/>
        <source>&amp;Compare with</source>
        <translation>&amp;Comparer avec</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="375"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="376"/>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="377"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="79"/>
        <source>Plan tables</source>
        <extracomment>Something could not be done or stored (the reason), for the status bar.</extracomment>
        <translation>Tableaux du plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="81"/>
        <source>Ctrl+Tab and Ctrl+Shift+Tab switch between the tables</source>
        <translation>Ctrl+Tab et Ctrl+Shift+Tab passent d&apos;un tableau à l&apos;autre</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="299"/>
        <source>Not moved: {0}</source>
        <translation>Non déplacé&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="301"/>
        <source>Move {0}</source>
        <translation>Déplacer {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="232"/>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="315"/>
        <source>Not saved: {0}</source>
        <translation>Non enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_editor.py" line="321"/>
        <source>Change plan settings</source>
        <translation>Modifier les paramètres du plan</translation>
    </message>
</context>
<context>
    <name>PlanFlows</name>
    <message>
        <location filename="../../src/transition_planner/ui/plan_flows.py" line="50"/>
        <source>A plan named “{0}” already exists.</source>
        <translation>Un plan nommé «&#xa0;{0}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_flows.py" line="54"/>
        <source>A plan needs a name.</source>
        <translation>Un plan doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_flows.py" line="74"/>
        <source>New plan from template</source>
        <translation>Nouveau plan à partir du modèle</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_flows.py" line="74"/>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_flows.py" line="77"/>
        <source>Name of the new plan:</source>
        <translation>Nom du nouveau plan&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_flows.py" line="78"/>
        <source>New transition plan</source>
        <translation>Nouveau plan de transition</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_flows.py" line="84"/>
        <source>New plan {0} from the template</source>
        <translation>Nouveau plan {0} à partir du modèle</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_flows.py" line="84"/>
        <source>New plan {0}</source>
        <translation>Nouveau plan {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_flows.py" line="93"/>
        <source>Duplicate plan</source>
        <translation>Dupliquer le plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_flows.py" line="96"/>
        <source>Name of the copy:</source>
        <translation>Nom de la copie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_flows.py" line="97"/>
        <source>{0} (copy)</source>
        <translation>{0} (copie)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_flows.py" line="102"/>
        <source>Duplicate plan {0} as {1}</source>
        <translation>Dupliquer le plan {0} sous le nom {1}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_flows.py" line="109"/>
        <source>Rename plan</source>
        <translation>Renommer le plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_flows.py" line="110"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_flows.py" line="116"/>
        <source>Rename plan {0} to {1}</source>
        <translation>Renommer le plan {0} en {1}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_flows.py" line="127"/>
        <source>Delete plan</source>
        <translation>Supprimer le plan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/plan_flows.py" line="129"/>
        <source>Delete the plan “{0}” with its %n assignment(s)? You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>Supprimer le plan «&#xa0;{0}&#xa0;» (%n affectation)&#xa0;? Vous pourrez l&apos;annuler avec Édition → Annuler.</numerusform>
            <numerusform>Supprimer le plan «&#xa0;{0}&#xa0;» (%n affectations)&#xa0;? Vous pourrez l&apos;annuler avec Édition → Annuler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_flows.py" line="143"/>
        <source>Delete plan {0}</source>
        <translation>Supprimer le plan {0}</translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="93"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="94"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="95"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="96"/>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/plan_browser.py" line="164"/>
        <source>{0}
{1} – {2}
presences: {3} · actors: {4} · functions: {5} · assignments: {6} · milestones: {7}</source>
        <translation>{0}
{1} – {2}
présences&#xa0;: {3} · acteurs&#xa0;: {4} · fonctions&#xa0;: {5} · affectations&#xa0;: {6} · jalons&#xa0;: {7}</translation>
    </message>
</context>
<context>
    <name>PlanSettingsForm</name>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="36"/>
        <source>Change plan name</source>
        <translation>Modifier le nom du plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="37"/>
        <source>Change plan country</source>
        <translation>Modifier le pays du plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="38"/>
        <source>Change plan region</source>
        <translation>Modifier la région du plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="39"/>
        <source>Change plan description</source>
        <translation>Modifier la description du plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="40"/>
        <source>Change plan horizon start</source>
        <translation>Modifier le début de l&apos;horizon du plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="43"/>
        <source>Change plan horizon end</source>
        <translation>Modifier la fin de l&apos;horizon du plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="44"/>
        <source>Change plan minimum overlap</source>
        <translation>Modifier le chevauchement minimal du plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="47"/>
        <source>Change plan cliff threshold</source>
        <translation>Modifier le seuil de chute du plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="50"/>
        <source>Change plan bridge breaks</source>
        <translation>Modifier les coupures tolérées du plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="52"/>
        <source>Change plan settings</source>
        <translation>Modifier les paramètres du plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="64"/>
        <source>Plan settings</source>
        <translation>Paramètres du plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="69"/>
        <source>Plan name</source>
        <translation>Nom du plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="72"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="75"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="76"/>
        <source>e.g. Africa I</source>
        <translation>p.&#xa0;ex. Afrique I</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="79"/>
        <source>The regional division that follows the country at headquarters; plans are grouped by it</source>
        <translation>La division régionale qui suit le pays au Siège&#xa0;; les plans sont regroupés par division</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="86"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="91"/>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="92"/>
        <source>Horizon start</source>
        <translation>Début de l&apos;horizon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="95"/>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="96"/>
        <source>Horizon end</source>
        <translation>Fin de l&apos;horizon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="100"/>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="109"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="101"/>
        <source>Minimum overlap</source>
        <translation>Chevauchement minimal</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="103"/>
        <source>A handover with less overlap than this is a cold handover</source>
        <translation>Une passation dont le chevauchement est plus court est signalée comme «&#xa0;Chevauchement insuffisant&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="110"/>
        <source>Bridge breaks</source>
        <translation>Coupures tolérées</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="113"/>
        <source>A break in coverage of at most this many days between two carriers is a data-entry seam (a short break), not a gap</source>
        <translation>Une interruption de couverture d&apos;au plus ce nombre de jours entre deux acteurs est une coupure de saisie (brève interruption), non une lacune</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="123"/>
        <source>Cliff threshold</source>
        <translation>Seuil de chute</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="125"/>
        <source>A capacity falling below this share of the day before is a capacity cliff</source>
        <translation>Une capacité qui tombe sous cette part de celle de la veille est signalée comme «&#xa0;Chute de capacité&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="129"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="131"/>
        <source>Save the plan settings (Enter in a field)</source>
        <translation>Enregistrer les paramètres du plan (Entrée dans un champ)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="137"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="138"/>
        <source>&amp;Country</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="139"/>
        <source>Re&amp;gion</source>
        <translation>Ré&amp;gion</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="140"/>
        <source>&amp;Description</source>
        <translation>De&amp;scription</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="142"/>
        <source>Horizon &amp;start</source>
        <translation>Début de l&apos;&amp;horizon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="143"/>
        <source>Horizon &amp;end</source>
        <translation>Fin de l&apos;hori&amp;zon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="144"/>
        <source>Minimum &amp;overlap</source>
        <translation>Che&amp;vauchement minimal</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="145"/>
        <source>&amp;Bridge breaks</source>
        <translation>Cou&amp;pures tolérées</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/settings_form.py" line="146"/>
        <source>C&amp;liff threshold</source>
        <translation>Seuil de ch&amp;ute</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_model.py" line="66"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_model.py" line="67"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_model.py" line="68"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_model.py" line="69"/>
        <source>HQ line</source>
        <translation>Rattachement au Siège</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_model.py" line="70"/>
        <source>Presences today</source>
        <translation>Présences actuelles</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_model.py" line="71"/>
        <source>Score</source>
        <translation>Indice</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_model.py" line="72"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_model.py" line="73"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_model.py" line="74"/>
        <source>Next milestone</source>
        <translation>Prochain jalon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_model.py" line="79"/>
        <source>PKO</source>
        <translation>OMP</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_model.py" line="80"/>
        <source>SPM</source>
        <translation>MPS</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_model.py" line="81"/>
        <source>Non-mission</source>
        <translation>Hors mission</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_model.py" line="82"/>
        <source>Regional office</source>
        <translation>Bureau régional</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_model.py" line="83"/>
        <source>Partner mission</source>
        <translation>Mission partenaire</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_model.py" line="120"/>
        <source>{0} (lead of {1})</source>
        <translation>{0} (chef de file pour {1})</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_model.py" line="126"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_model.py" line="129"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="70"/>
        <source>Portfolio</source>
        <extracomment>The planner asked to open a plan (its id). New rows are shown (tests wait for it).</extracomment>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="82"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="85"/>
        <source>&amp;Region:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="89"/>
        <source>E&amp;xport picture…</source>
        <translation>E&amp;xporter l&apos;image…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="91"/>
        <source>Save the portfolio chart as PNG, PDF or SVG</source>
        <translation>Enregistrer le graphique du portefeuille en PNG, PDF ou SVG</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="104"/>
        <source>Plans of the portfolio</source>
        <translation>Plans du portefeuille</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="106"/>
        <source>One row per plan, by region then country; Enter or a double-click opens it</source>
        <translation>Une ligne par plan, par région puis par pays&#xa0;; Entrée ou un double-clic l&apos;ouvre</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="130"/>
        <source>Presences of every plan on one time axis</source>
        <translation>Présences de tous les plans sur un même axe du temps</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="133"/>
        <source>A row per plan under its region, presences coloured by kind, a today line; score, critical and high findings and the headquarters line on the right</source>
        <translation>Une ligne par plan sous sa région, les présences colorées par type, une ligne pour aujourd&apos;hui&#xa0;; à droite, l&apos;indice, les constats de gravité critique et élevée et le rattachement au Siège</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="157"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="158"/>
        <source>Score</source>
        <translation>Indice</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="159"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="160"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="161"/>
        <source>HQ line</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="162"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="163"/>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="252"/>
        <source>No region</source>
        <translation>Sans région</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="164"/>
        <source>Outside the plan&apos;s horizon</source>
        <translation>Hors de l&apos;horizon du plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="165"/>
        <source>No plans to show.</source>
        <translation>Aucun plan à afficher.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="203"/>
        <source>Analysing the plans of the workspace…</source>
        <translation>Analyse des plans de l&apos;espace de travail…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="204"/>
        <source>Cannot show the portfolio</source>
        <translation>Impossible d&apos;afficher le portefeuille</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="217"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="239"/>
        <source>Plans shown: {0} · as of {1}</source>
        <translation>Plans affichés&#xa0;: {0} · au {1}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="247"/>
        <source>Portfolio of {0}, as of {1}</source>
        <translation>Portefeuille&#xa0;: {0}, au {1}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="248"/>
        <source>Portfolio, as of {0}</source>
        <translation>Portefeuille au {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="292"/>
        <source>Export portfolio picture</source>
        <translation>Exporter l&apos;image du portefeuille</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="294"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Document PDF (*.pdf);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="309"/>
        <source>Drawing {0}…</source>
        <translation>Création de {0}…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="310"/>
        <source>Cannot save {0}</source>
        <translation>Impossible d&apos;enregistrer {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/portfolio_view.py" line="314"/>
        <source>Saved the portfolio picture to {0}</source>
        <translation>Image du portefeuille enregistrée dans {0}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/transition_planner/ui/preferences.py" line="37"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/preferences.py" line="43"/>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/preferences.py" line="47"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/preferences.py" line="49"/>
        <source>The new language is used the next time Transition Planner starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Transition Planner.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/preferences.py" line="55"/>
        <source>Ask before deleting a plan</source>
        <translation>Demander confirmation avant de supprimer un plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/preferences.py" line="57"/>
        <source>Show the welcome banner for example plans</source>
        <translation>Afficher le bandeau d&apos;accueil pour les plans d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/preferences.py" line="62"/>
        <source>Recent workspaces remembered</source>
        <translation>Espaces de travail récents mémorisés</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/preferences.py" line="69"/>
        <source>Analyse in the background above this many assignments</source>
        <translation>Analyser en arrière-plan au-delà de ce nombre d&apos;affectations</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/preferences.py" line="73"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/preferences.py" line="77"/>
        <source>&amp;Recent workspaces remembered:</source>
        <translation>Espaces de travail &amp;récents mémorisés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/preferences.py" line="79"/>
        <source>Analyse in the &amp;background above (assignments):</source>
        <translation>Analyser en &amp;arrière-plan au-delà de (affectations)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PresenceKind</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="340"/>
        <source>PKO</source>
        <extracomment>Every enumerated value, marked for the catalogue (context: the enumeration&apos;s name); shown to people through `enum_label`.</extracomment>
        <translation>OMP</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="341"/>
        <source>SPM</source>
        <translation>MPS</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="342"/>
        <source>Non-mission</source>
        <translation>Hors mission</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="343"/>
        <source>Regional office</source>
        <translation>Bureau régional</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="344"/>
        <source>Partner mission</source>
        <translation>Mission partenaire</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="356"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="357"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="358"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="359"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../src/transition_planner/ui/progress.py" line="27"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="363"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="364"/>
        <source>Partly ready</source>
        <translation>Partiellement prêt</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="365"/>
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
    <name>Services</name>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="86"/>
        <source>{target} is the open workspace ({workspace}); nothing was written. Choose another file name for the output.</source>
        <extracomment>Environment variable naming the workspace when --workspace is not given (SPEC §4).</extracomment>
        <translation>{target} est l&apos;espace de travail ouvert ({workspace})&#xa0;; rien n&apos;a été écrit. Choisissez un autre nom de fichier pour le résultat.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="96"/>
        <source>{target} is in the workspace&apos;s backups folder ({folder}); nothing was written. Choose another folder for the output.</source>
        <translation>{target} se trouve dans le dossier de sauvegardes de l&apos;espace de travail ({folder})&#xa0;; rien n&apos;a été écrit. Choisissez un autre dossier pour le résultat.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="194"/>
        <source>none</source>
        <extracomment>True when this open created the default workspace with the example plans.</extracomment>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="196"/>
        <source>no plan named {name} in {path} (plans: {known})</source>
        <translation>aucun plan nommé {name} dans {path} (plans&#xa0;: {known})</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="259"/>
        <source>a plan named {name} already exists</source>
        <translation>un plan nommé {name} existe déjà</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="274"/>
        <source>New plan {name}</source>
        <translation>Nouveau plan {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="278"/>
        <source>Plan added: {name}</source>
        <translation>Plan ajouté&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="290"/>
        <source>Delete plan {name}</source>
        <translation>Supprimer le plan {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="294"/>
        <source>Plan removed: {name}</source>
        <translation>Plan supprimé&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="301"/>
        <source>Restore plan {name}</source>
        <translation>Rétablir le plan {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="307"/>
        <source>Duplicate plan as {name}</source>
        <translation>Dupliquer le plan sous le nom {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="356"/>
        <source>Add example {name}</source>
        <translation>Ajouter l&apos;exemple {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="404"/>
        <source>a plan named {name} already exists in {path}; use --replace to replace it or --name to import under another name</source>
        <translation>un plan nommé {name} existe déjà dans {path}&#xa0;; utilisez --replace pour le remplacer ou --name pour l&apos;importer sous un autre nom</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="419"/>
        <source>Replace plan {name}</source>
        <translation>Remplacer le plan {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="423"/>
        <source>Plan replaced: {name}</source>
        <translation>Plan remplacé&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="433"/>
        <source>Plan imported: {name}</source>
        <translation>Plan importé&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="449"/>
        <source>Import workbook</source>
        <translation>Importer un classeur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="472"/>
        <source>Restore backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="477"/>
        <source>Workspace restored from {name}</source>
        <translation>Espace de travail restauré à partir de {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/services/planning.py" line="523"/>
        <source>`{prog} backups` lists its %n backup(s), the latest being {latest}</source>
        <translation>
            <numerusform>`{prog} backups` en énumère %n sauvegarde, la plus récente étant {latest}</numerusform>
            <numerusform>`{prog} backups` en énumère %n sauvegardes, la plus récente étant {latest}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="530"/>
        <source>{workspace} has no backups</source>
        <translation>{workspace} n&apos;a aucune sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="532"/>
        <source>there is no backup {name} of {workspace}: {hint}</source>
        <translation>il n&apos;y a pas de sauvegarde {name} de {workspace}&#xa0;: {hint}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="558"/>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/services/planning.py" line="582"/>
        <source>workspace {path} does not exist</source>
        <translation>l&apos;espace de travail {path} n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="394"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="395"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="396"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="397"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/domain/enums.py" line="398"/>
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
    <name>SheetDelegate</name>
    <message>
        <location filename="../../src/transition_planner/ui/delegates.py" line="168"/>
        <source>blank: unknown</source>
        <extracomment>A value was refused (the reason): the window shows it in the status bar too. the editors this delegate opened that are still open → their cell (view index) the choice editors whose completion lists this delegate watches</extracomment>
        <translation>vide&#xa0;: inconnu</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/delegates.py" line="170"/>
        <source>US dollars</source>
        <translation>Dollars des États-Unis</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../src/transition_planner/store/backups.py" line="66"/>
        <source>the disk is full: {what} could not be written into {folder}; nothing was changed. Free some space and try again</source>
        <extracomment>The suffix of a copy being written (never listed as a backup; removed when it fails).</extracomment>
        <translation>le disque est plein&#xa0;: {what} n&apos;a pas pu être écrite dans {folder}&#xa0;; rien n&apos;a été modifié. Libérez de l&apos;espace et réessayez</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/backups.py" line="74"/>
        <source>{what} could not be written: the folder {folder} does not exist (was it deleted or moved?); nothing was changed</source>
        <translation>{what} n&apos;a pas pu être écrite&#xa0;: le dossier {folder} n&apos;existe pas (a-t-il été supprimé ou déplacé&#xa0;?)&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/backups.py" line="82"/>
        <source>{what} could not be written into {folder} ({reason})</source>
        <translation>{what} n&apos;a pas pu être écrite dans {folder} ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/backups.py" line="121"/>
        <source>{what} was not written: the copy does not check out ({problems})</source>
        <translation>{what} n&apos;a pas été écrite&#xa0;: la copie n&apos;est pas intègre ({problems})</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/backups.py" line="133"/>
        <source>{what} was not written: the copy is incomplete</source>
        <translation>{what} n&apos;a pas été écrite&#xa0;: la copie est incomplète</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/backups.py" line="161"/>
        <source>a backup of {name}</source>
        <translation>une sauvegarde de {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/backups.py" line="197"/>
        <source>the copy {name}</source>
        <translation>la copie {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/location.py" line="92"/>
        <source>{path} is in a folder synced by {service}: if two computers change it before the sync finishes, one set of changes is lost. Keep the workspace in a local folder and share plans as workbooks</source>
        <translation>{path} se trouve dans un dossier synchronisé par {service}&#xa0;: si deux ordinateurs le modifient avant la fin de la synchronisation, une partie des modifications est perdue. Gardez l&apos;espace de travail dans un dossier local et partagez les plans sous forme de classeurs</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/location.py" line="102"/>
        <source>{path} is on a network drive: saving is slower, and a dropped connection can interrupt a save. Keep the workspace in a local folder if you can</source>
        <translation>{path} se trouve sur un lecteur réseau&#xa0;: l&apos;enregistrement y est plus lent, et une coupure de connexion peut l&apos;interrompre. Gardez l&apos;espace de travail dans un dossier local si vous le pouvez</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/locking.py" line="52"/>
        <source>another program (the lock file cannot be read)</source>
        <extracomment>Lock files this process holds (a lock of our own pid that is not here is stale).</extracomment>
        <translation>un autre programme (le fichier de verrou est illisible)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/locking.py" line="53"/>
        <location filename="../../src/transition_planner/store/locking.py" line="91"/>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/locking.py" line="54"/>
        <source>{app}, process {pid} on {host} (since {time})</source>
        <translation>{app}, processus {pid} sur {host} (depuis {time})</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/locking.py" line="74"/>
        <source> since {clock} today</source>
        <translation> depuis aujourd&apos;hui {clock}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/locking.py" line="76"/>
        <source> since yesterday {clock}</source>
        <translation> depuis hier {clock}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/locking.py" line="77"/>
        <source> since {day} {clock}</source>
        <translation> depuis le {day} {clock}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/locking.py" line="85"/>
        <source>{workspace} is being opened by another program right now — try again in a moment, or open it read-only</source>
        <translation>{workspace} est en cours d&apos;ouverture par un autre programme — réessayez dans un instant, ou ouvrez-le en lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/locking.py" line="96"/>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/locking.py" line="98"/>
        <source>on the computer {host}</source>
        <translation>sur l&apos;ordinateur {host}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/locking.py" line="100"/>
        <source>on another computer</source>
        <translation>sur un autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/locking.py" line="101"/>
        <source>{workspace} is open in {name} {where}{since} — close it there first, or open it read-only</source>
        <translation>{workspace} est ouvert dans {name} {where}{since} — fermez-le d&apos;abord là-bas, ou ouvrez-le en lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/locking.py" line="261"/>
        <source>cannot create the lock file {path} ({reason}); open the workspace read-only, or move it to a folder you can write to</source>
        <extracomment>Larger than any process id of any system we run on (Linux: at most 2**22).</extracomment>
        <translation>impossible de créer le fichier de verrou {path} ({reason})&#xa0;; ouvrez l&apos;espace de travail en lecture seule, ou déplacez-le dans un dossier où vous pouvez écrire</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/locking.py" line="271"/>
        <source>{workspace} is being opened by another program; try again</source>
        <translation>{workspace} est en cours d&apos;ouverture par un autre programme&#xa0;; réessayez</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/reading.py" line="86"/>
        <source>{field} holds {value}, not a {type}</source>
        <translation>{field} contient {value}, pas une valeur de type {type}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/reading.py" line="102"/>
        <source>its settings: {problem}</source>
        <translation>ses paramètres&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/reading.py" line="141"/>
        <source>{field} names a {kind} ({value}) that the plan does not have</source>
        <translation>{field} désigne un élément {kind} ({value}) que le plan ne contient pas</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/reading.py" line="148"/>
        <location filename="../../src/transition_planner/store/workspace.py" line="202"/>
        <source>{row}: {problem}</source>
        <translation>{row}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/reading.py" line="157"/>
        <source>{table} row {number} (id {id})</source>
        <translation>{table}, ligne {number} (id {id})</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/reading.py" line="163"/>
        <source>{field} is missing</source>
        <translation>{field} est absent</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/reading.py" line="169"/>
        <source>{field} holds {value}, not a date</source>
        <translation>{field} contient {value}, qui n&apos;est pas une date</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/reading.py" line="173"/>
        <source>{field} holds {value}, not text</source>
        <translation>{field} contient {value}, qui n&apos;est pas du texte</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/reading.py" line="175"/>
        <source>{field} holds {value}, not a whole number</source>
        <translation>{field} contient {value}, qui n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/reading.py" line="178"/>
        <source>{field} holds {value}, which is not readable text</source>
        <translation>{field} contient {value}, qui n&apos;est pas un texte lisible</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/reading.py" line="184"/>
        <source>{field} holds {value}, not a number</source>
        <translation>{field} contient {value}, qui n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/reading.py" line="257"/>
        <source>its settings</source>
        <translation>ses paramètres</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/reading.py" line="261"/>
        <source>plan {plan}, {where}: {problem}</source>
        <translation>plan {plan}, {where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/reading.py" line="289"/>
        <source>plan {plan}</source>
        <translation>plan {plan}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/rows.py" line="91"/>
        <source>no plan with id {id}</source>
        <extracomment>The table of each entity class. The enumerated fields of each entity class. The data fields of each entity class (the column keys of the same names), then `id`.</extracomment>
        <translation>aucun plan d&apos;id {id}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/repository.py" line="81"/>
        <source>a plan named {name} already exists</source>
        <extracomment>The ORM class of each entity class (mapped on `rows.TABLES[cls]`). Entity classes whose names are unique within a plan.</extracomment>
        <translation>un plan nommé {name} existe déjà</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/rows.py" line="105"/>
        <source>{kind} {field} {value} is not one of: {allowed}</source>
        <translation>{kind} {field} {value} n&apos;est pas l&apos;une des valeurs suivantes&#xa0;: {allowed}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/rows.py" line="152"/>
        <source>{kind} {id} has an unknown {field} {value}</source>
        <translation>{kind} {id} a une valeur de {field} inconnue&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/repository.py" line="92"/>
        <source>a plan with id {id} already exists</source>
        <translation>un plan d&apos;id {id} existe déjà</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/repository.py" line="101"/>
        <source>{kind} ids already used in the workspace: {ids}</source>
        <translation>ids de {kind} déjà utilisés dans l&apos;espace de travail&#xa0;: {ids}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/repository.py" line="195"/>
        <source>{entity} cannot be removed: it is not in the plan</source>
        <translation>{entity} ne peut pas être supprimé&#xa0;: il n&apos;est pas dans le plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/repository.py" line="208"/>
        <source>{entity} cannot be added: that id is already taken</source>
        <translation>{entity} ne peut pas être ajouté&#xa0;: cet id est déjà pris</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/repository.py" line="223"/>
        <source>{entity} cannot be changed: it is not in the plan</source>
        <translation>{entity} ne peut pas être modifié&#xa0;: il n&apos;est pas dans le plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/repository.py" line="241"/>
        <source>{field} is not a plan setting</source>
        <translation>{field} n&apos;est pas un paramètre de plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/restore.py" line="34"/>
        <source>the backup {backup} does not exist</source>
        <translation>la sauvegarde {backup} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/restore.py" line="38"/>
        <location filename="../../src/transition_planner/store/workspace.py" line="374"/>
        <source>workspace {path} does not exist</source>
        <translation>l&apos;espace de travail {path} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/restore.py" line="43"/>
        <source>{backup} is the workspace itself, not a backup of it</source>
        <translation>{backup} est l&apos;espace de travail lui-même, pas une de ses sauvegardes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/restore.py" line="93"/>
        <source>the restored copy of {name}</source>
        <translation>la copie restaurée de {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/restore.py" line="117"/>
        <source>it has a journal left by an interrupted write</source>
        <translation>il a un journal laissé par une écriture interrompue</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/restore.py" line="156"/>
        <source>the damaged file&apos;s copy {name}</source>
        <translation>la copie du fichier endommagé {name}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/restore.py" line="166"/>
        <source>{backup} is an empty file, not a backup of a workspace</source>
        <translation>{backup} est un fichier vide, pas une sauvegarde d&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/restore.py" line="177"/>
        <location filename="../../src/transition_planner/store/workspace.py" line="436"/>
        <source>it has no schema version</source>
        <translation>il n&apos;a pas de version de schéma</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/restore.py" line="181"/>
        <source>{backup} was saved by a newer version of Transition Planner; it cannot be restored by this one</source>
        <translation>{backup} a été enregistré par une version plus récente de Transition Planner&#xa0;; cette version-ci ne peut pas le restaurer</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="117"/>
        <source>a folder</source>
        <extracomment>`PRAGMA application_id` of every workspace: &quot;TPws&quot; in ASCII. How long a connection waits for another one&apos;s lock before giving up (milliseconds).</extracomment>
        <translation>un dossier</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="119"/>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="121"/>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="123"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="124"/>
        <source>not a regular file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="137"/>
        <source>{path} is {kind}, not a workspace file; choose a Transition Planner workspace (.tpw) file. Nothing was written</source>
        <translation>{path} est {kind}, pas un fichier d&apos;espace de travail&#xa0;; choisissez un fichier d&apos;espace de travail Transition Planner (.tpw). Rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="161"/>
        <source>cannot read {path}: {reason}</source>
        <translation>impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="169"/>
        <source>{path} is not a Transition Planner workspace (it is not an SQLite database file)</source>
        <translation>{path} n&apos;est pas un espace de travail Transition Planner (ce n&apos;est pas un fichier de base de données SQLite)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="177"/>
        <source>{path} is an SQLite database of another application (application id {id}), not a Transition Planner workspace; it was left unchanged</source>
        <translation>{path} est une base de données SQLite d&apos;une autre application (identifiant d&apos;application {id}), pas un espace de travail Transition Planner&#xa0;; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="199"/>
        <source>the file is shorter than its contents ({size} bytes; truncated by an interrupted copy or download?)</source>
        <translation>le fichier est plus court que son contenu ({size} octets&#xa0;; tronqué par une copie ou un téléchargement interrompu&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="283"/>
        <source>the disk is full: the change could not be saved in {path}. Nothing of it was written and the workspace is as it was; free some space and try again</source>
        <translation>le disque est plein&#xa0;: la modification n&apos;a pas pu être enregistrée dans {path}. Rien n&apos;en a été écrit et l&apos;espace de travail est tel qu&apos;il était&#xa0;; libérez de l&apos;espace et réessayez</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="290"/>
        <source>{path} is busy: another program is using it; try again</source>
        <translation>{path} est occupé&#xa0;: un autre programme l&apos;utilise&#xa0;; réessayez</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="296"/>
        <source>{path} cannot be written ({reason})</source>
        <translation>{path} ne peut pas être écrit ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="300"/>
        <source>cannot read or write {path}: {reason}</source>
        <translation>impossible de lire ou d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="338"/>
        <source>its table definitions are damaged</source>
        <extracomment>What SQLite (or its driver) says about a stored value or table it cannot read.</extracomment>
        <translation>ses définitions de tables sont endommagées</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="421"/>
        <source>{table} row {row} refers to a missing {parent}</source>
        <translation>{table}, ligne {row}, renvoie à un élément {parent} absent</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="444"/>
        <source>upgrading {path} would break references ({problems}); nothing was changed</source>
        <translation>la mise à niveau de {path} casserait des références ({problems})&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="468"/>
        <source>There is no backup of it</source>
        <translation>Il n&apos;en existe aucune sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="470"/>
        <source>Its latest backup is {latest} — restore it (File → Backups…, or `transition-planner restore {name} --workspace {path}`) to continue from there; the damaged file is kept aside</source>
        <translation>Sa dernière sauvegarde est {latest} — restaurez-la (Fichier → Sauvegardes…, ou `transition-planner restore {name} --workspace {path}`) pour reprendre à partir de là&#xa0;; le fichier endommagé est conservé à part</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/sqlite.py" line="483"/>
        <source>{path} is damaged ({detail}). {advice}.</source>
        <translation>{path} est endommagé ({detail}). {advice}.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/workspace.py" line="176"/>
        <source>the workspace {path} is closed</source>
        <extracomment>presences, actors, functions, assignments, milestones → how many</extracomment>
        <translation>l&apos;espace de travail {path} est fermé</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/workspace.py" line="207"/>
        <source>a stored value cannot be read: {values}</source>
        <translation>une valeur enregistrée est illisible&#xa0;: {values}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/workspace.py" line="214"/>
        <source>{path} is open read-only: nothing can be changed in it. Open it for writing to make changes</source>
        <translation>{path} est ouvert en lecture seule&#xa0;: rien ne peut y être modifié. Ouvrez-le en écriture pour faire des modifications</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/workspace.py" line="225"/>
        <source>the change does not fit what {path} holds: {reason}; nothing was written</source>
        <translation>la modification ne s&apos;accorde pas avec le contenu de {path}&#xa0;: {reason}&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/workspace.py" line="242"/>
        <source>the plan row {row}</source>
        <translation>la ligne de plan {row}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/workspace.py" line="283"/>
        <source>plan {plan} holds what cannot be read: {problems}</source>
        <translation>le plan {plan} contient des valeurs illisibles&#xa0;: {problems}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/workspace.py" line="307"/>
        <source>no plan with id {id} in {path}</source>
        <translation>aucun plan d&apos;id {id} dans {path}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/workspace.py" line="360"/>
        <source>{target} is the workspace itself</source>
        <translation>{target} est l&apos;espace de travail lui-même</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/workspace.py" line="378"/>
        <source>cannot create {path}: the folder {folder} does not exist</source>
        <translation>impossible de créer {path}&#xa0;: le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/workspace.py" line="386"/>
        <source>{path} is an empty file, not a Transition Planner workspace</source>
        <translation>{path} est un fichier vide, pas un espace de travail Transition Planner</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/workspace.py" line="393"/>
        <source>{path} is write-protected; open it read-only to look at its plans</source>
        <translation>{path} est protégé en écriture&#xa0;; ouvrez-le en lecture seule pour consulter ses plans</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/workspace.py" line="399"/>
        <source>{path} was not closed properly; open it once for writing to recover it</source>
        <translation>{path} n&apos;a pas été fermé correctement&#xa0;; ouvrez-le une fois en écriture pour le récupérer</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/workspace.py" line="431"/>
        <source>{path} is not a Transition Planner workspace</source>
        <translation>{path} n&apos;est pas un espace de travail Transition Planner</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/workspace.py" line="439"/>
        <source>{path} was saved by a newer version of Transition Planner (schema {revision}); install the newer version to open it. The file was left unchanged</source>
        <translation>{path} a été enregistré par une version plus récente de Transition Planner (schéma {revision})&#xa0;; installez cette version pour l&apos;ouvrir. Le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/workspace.py" line="453"/>
        <source>{path} was saved by an older version of Transition Planner and must be upgraded; open it for writing once (a backup is made first)</source>
        <translation>{path} a été enregistré par une version plus ancienne de Transition Planner et doit être mis à niveau&#xa0;; ouvrez-le une fois en écriture (une sauvegarde est faite d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/store/workspace.py" line="469"/>
        <source>could not upgrade {path} to this version ({reason}); the file was left as it was (a copy is in {backup})</source>
        <translation>impossible de mettre {path} à niveau vers cette version ({reason})&#xa0;; le fichier est resté tel quel (une copie se trouve dans {backup})</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="43"/>
        <source>New presence</source>
        <translation>Nouvelle présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="106"/>
        <source>Presences</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="107"/>
        <source>The UN and partner presences in the country, one a row</source>
        <translation>Les présences des Nations Unies et des partenaires dans le pays, une par ligne</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="110"/>
        <source>Add a presence</source>
        <translation>Ajouter une présence</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="111"/>
        <source>Duplicate %n presence(s)</source>
        <translation>
            <numerusform>Dupliquer %n présence</numerusform>
            <numerusform>Dupliquer %n présences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="114"/>
        <source>Delete %n presence(s)</source>
        <translation>
            <numerusform>Supprimer %n présence</numerusform>
            <numerusform>Supprimer %n présences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="125"/>
        <source>New actor</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="160"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="161"/>
        <source>Who can carry a function: mission components, UN entities, the government…</source>
        <translation>Qui peut assurer une fonction&#xa0;: composantes de la mission, entités des Nations Unies, gouvernement…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="164"/>
        <source>Add an actor</source>
        <translation>Ajouter un acteur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="165"/>
        <source>Duplicate %n actor(s)</source>
        <translation>
            <numerusform>Dupliquer %n acteur</numerusform>
            <numerusform>Dupliquer %n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="166"/>
        <source>Delete %n actor(s)</source>
        <translation>
            <numerusform>Supprimer %n acteur</numerusform>
            <numerusform>Supprimer %n acteurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="176"/>
        <source>New function</source>
        <translation>Nouvelle fonction</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="214"/>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="215"/>
        <source>The mandated functions that need continuity of care</source>
        <translation>Les fonctions prescrites qui exigent une continuité des soins</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="218"/>
        <source>Add a function</source>
        <translation>Ajouter une fonction</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="219"/>
        <source>Duplicate %n function(s)</source>
        <translation>
            <numerusform>Dupliquer %n fonction</numerusform>
            <numerusform>Dupliquer %n fonctions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="222"/>
        <source>Delete %n function(s)</source>
        <translation>
            <numerusform>Supprimer %n fonction</numerusform>
            <numerusform>Supprimer %n fonctions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="233"/>
        <source>Add a function and an actor before adding an assignment.</source>
        <translation>Ajoutez une fonction et un acteur avant d&apos;ajouter une affectation.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="291"/>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="292"/>
        <source>Who carries which function over which period, with what capacity and money</source>
        <translation>Qui assure quelle fonction, sur quelle période, avec quelle capacité et quel financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="295"/>
        <source>Add an assignment</source>
        <translation>Ajouter une affectation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="296"/>
        <source>Duplicate %n assignment(s)</source>
        <translation>
            <numerusform>Dupliquer %n affectation</numerusform>
            <numerusform>Dupliquer %n affectations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="299"/>
        <source>Delete %n assignment(s)</source>
        <translation>
            <numerusform>Supprimer %n affectation</numerusform>
            <numerusform>Supprimer %n affectations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="309"/>
        <source>New milestone</source>
        <translation>Nouveau jalon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="322"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="323"/>
        <source>Dated events that matter to the transition: renewals, elections…</source>
        <translation>Les événements datés qui comptent pour la transition&#xa0;: renouvellements de mandat, élections…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/table_specs.py" line="326"/>
        <source>Add a milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="327"/>
        <source>Duplicate %n milestone(s)</source>
        <translation>
            <numerusform>Dupliquer %n jalon</numerusform>
            <numerusform>Dupliquer %n jalons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="330"/>
        <source>Delete %n milestone(s)</source>
        <translation>
            <numerusform>Supprimer %n jalon</numerusform>
            <numerusform>Supprimer %n jalons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="32"/>
        <source>Add an actor before adding a handover.</source>
        <translation>Ajoutez un acteur avant d&apos;ajouter une passation.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="36"/>
        <source>New handover</source>
        <translation>Nouvelle passation</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="117"/>
        <source>Handovers</source>
        <translation>Passations</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="118"/>
        <source>The handover register: what must pass from one actor to another, by when, and who answers for it</source>
        <translation>Le registre des passations&#xa0;: ce qui doit passer d&apos;un acteur à un autre, pour quand, et qui en répond</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="123"/>
        <source>Add a handover</source>
        <translation>Ajouter une passation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/register_tables.py" line="124"/>
        <source>Duplicate %n handover(s)</source>
        <translation>
            <numerusform>Dupliquer %n passation</numerusform>
            <numerusform>Dupliquer %n passations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/register_tables.py" line="127"/>
        <source>Delete %n handover(s)</source>
        <translation>
            <numerusform>Supprimer %n passation</numerusform>
            <numerusform>Supprimer %n passations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="138"/>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="206"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="207"/>
        <source>Money for one calendar year a row, in US dollars: its source, kind and status</source>
        <translation>Une ligne par montant d&apos;une année civile, en dollars des États-Unis&#xa0;: sa source, son type et son statut</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/register_tables.py" line="210"/>
        <source>Add a funding line</source>
        <translation>Ajouter une ligne de financement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/register_tables.py" line="211"/>
        <source>Duplicate %n funding line(s)</source>
        <translation>
            <numerusform>Dupliquer %n ligne de financement</numerusform>
            <numerusform>Dupliquer %n lignes de financement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/register_tables.py" line="214"/>
        <source>Delete %n funding line(s)</source>
        <translation>
            <numerusform>Supprimer %n ligne de financement</numerusform>
            <numerusform>Supprimer %n lignes de financement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="83"/>
        <source>Timeline</source>
        <extracomment>Pixels a row unit gets at least on screen; more rows than fit scroll vertically. The narrowest time window (days) and the widest (a multiple of the horizon). Text on bars, gaps and presences at a time on screen (more would only crowd it). The legend never takes more than this share of the view&apos;s height. Until the planner chooses, the legend shows in views at least this tall (pixels). Scroll bar steps per row unit.</extracomment>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="88"/>
        <source>Timeline chart</source>
        <translation>Graphique chronologique</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="91"/>
        <source>Left and Right: previous or next bar; Up and Down: previous or next row; Enter: select the bar in the editor; H and Shift+H: next or previous handover; + and −: zoom; Home: the whole horizon</source>
        <translation>Flèches gauche et droite&#xa0;: barre précédente ou suivante&#xa0;; flèches haut et bas&#xa0;: ligne précédente ou suivante&#xa0;; Entrée&#xa0;: sélectionner la barre dans l&apos;éditeur&#xa0;; H et Shift+H&#xa0;: passation suivante ou précédente&#xa0;; + et −&#xa0;: zoom&#xa0;; Origine&#xa0;: tout l&apos;horizon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="99"/>
        <source>Scroll the rows</source>
        <translation>Faire défiler les lignes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="105"/>
        <source>Fit horizon</source>
        <translation>Tout l&apos;horizon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="105"/>
        <source>Show the whole horizon</source>
        <translation>Afficher tout l&apos;horizon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="108"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="110"/>
        <source>Zoom in on the time axis</source>
        <translation>Zoom avant sur l&apos;axe du temps</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="114"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="116"/>
        <source>Zoom out of the time axis</source>
        <translation>Zoom arrière sur l&apos;axe du temps</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="121"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="124"/>
        <source>Show or hide the legend</source>
        <translation>Afficher ou masquer la légende</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="125"/>
        <source>Show the legend</source>
        <translation>Afficher la légende</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="133"/>
        <source>Area</source>
        <extracomment>the planner has not chosen: the legend shows when there is room for it</extracomment>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="134"/>
        <source>Show the functions of one area only</source>
        <translation>N&apos;afficher que les fonctions d&apos;une zone</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="143"/>
        <source>Selected bar</source>
        <extracomment>the area shown (None: all; &quot;&quot;: the country-wide functions)</extracomment>
        <translation>Barre sélectionnée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="145"/>
        <source>Wheel: zoom · drag: pan · Shift+wheel or the bar on the right: rows</source>
        <translation>Molette&#xa0;: zoom · glisser&#xa0;: déplacer · Shift+molette&#xa0;: lignes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="159"/>
        <source>Timeline legend</source>
        <translation>Légende de la chronologie</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="273"/>
        <source>All areas</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="37"/>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="229"/>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="38"/>
        <source>open-ended</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="44"/>
        <source>Presences</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="45"/>
        <source>HQ lead</source>
        <translation>Chef de file au Siège</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="46"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="47"/>
        <source>Secured or not tracked</source>
        <translation>Acquis ou non suivi</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="48"/>
        <source>Pledged</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="49"/>
        <source>Unfunded</source>
        <translation>Non financé</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="50"/>
        <source>Coverage / presence gap</source>
        <translation>Lacune de couverture / de présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="51"/>
        <source>Funding gap</source>
        <translation>Déficit de financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="52"/>
        <source>Cold handover</source>
        <translation>Chevauchement insuffisant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="53"/>
        <source>Capacity cliff</source>
        <translation>Chute de capacité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="54"/>
        <source>The UN stops carrying it</source>
        <translation>L&apos;ONU cesse de l&apos;assurer</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="55"/>
        <source>Lead change</source>
        <translation>Changement de chef de file</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="56"/>
        <source>Outside its presence</source>
        <translation>Hors de sa présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="57"/>
        <source>Drawdown before election</source>
        <translation>Retrait avant une élection</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="58"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="59"/>
        <source>Not required</source>
        <translation>Non requise</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="60"/>
        <source>{n} d</source>
        <translation>{n} j</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="61"/>
        <source>{name} · {kind} · {lead} lead</source>
        <translation>{name} · {kind} · chef de file {lead}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="62"/>
        <source>{lead} ({presence})</source>
        <translation>{lead} ({presence})</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="63"/>
        <source>{name} · {priority}</source>
        <translation>{name} · {priority}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="64"/>
        <source>… and {n} more actors</source>
        <translation>… et {n} autres acteurs</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="65"/>
        <location filename="../../src/transition_planner/ui/timeline_view.py" line="275"/>
        <source>Country-wide</source>
        <translation>Ensemble du pays</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="66"/>
        <source>Bridged break (a seam, not a gap)</source>
        <translation>Coupure tolérée (pas une lacune)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="67"/>
        <source>Drawdown under way</source>
        <translation>Retrait en cours</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="68"/>
        <source>Compressed drawdown</source>
        <translation>Retrait précipité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="70"/>
        <source>Handover planned</source>
        <translation>Passation prévue</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="71"/>
        <source>Handover in progress</source>
        <translation>Passation en cours</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="72"/>
        <source>Handover done</source>
        <translation>Passation terminée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="73"/>
        <source>Handover blocked</source>
        <translation>Passation bloquée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="74"/>
        <source>Handover lost</source>
        <translation>Passation perdue</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="76"/>
        <source>No functions yet: add functions and assignments to see who carries what.</source>
        <translation>Pas encore de fonction&#xa0;: ajoutez des fonctions et des affectations pour voir qui assure quoi.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="81"/>
        <source>UN mission</source>
        <translation>Mission des Nations Unies</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="82"/>
        <source>UN entities</source>
        <translation>Entités des Nations Unies</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="83"/>
        <source>National</source>
        <translation>Acteurs nationaux</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="84"/>
        <source>Partners (not UN)</source>
        <translation>Partenaires (hors ONU)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="87"/>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="90"/>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="97"/>
        <source>{0}, carried by {1}, {2}</source>
        <translation>{0}, assurée par {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="104"/>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="154"/>
        <source>no receiver yet</source>
        <translation>personne à ce jour</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="105"/>
        <source>Handover {0}, from {1} to {2}, due {3}, {4}</source>
        <translation>Passation {0}, cédant&#xa0;: {1}, destinataire&#xa0;: {2}, échéance&#xa0;: {3}, {4}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="119"/>
        <source>not given</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="126"/>
        <source>not tracked</source>
        <translation>non suivi</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="128"/>
        <source>Funding: {0}</source>
        <translation>Financement&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="136"/>
        <source>Capacity: {0}</source>
        <translation>Capacité&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="138"/>
        <source>Click to select · drag an edge to change the dates</source>
        <translation>Cliquer pour sélectionner · faire glisser un bord pour changer les dates</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="146"/>
        <source>{0} ({1}): %n day(s)</source>
        <translation>
            <numerusform>{0} ({1})&#xa0;: %n jour</numerusform>
            <numerusform>{0} ({1})&#xa0;: %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="156"/>
        <source>Handover: {0} ({1})</source>
        <translation>Passation&#xa0;: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="159"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="162"/>
        <source>Due {0} · {1}</source>
        <translation>Échéance&#xa0;: {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="170"/>
        <source>Owner: {0}</source>
        <translation>Responsable&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="176"/>
        <source>Bridged break: %n day(s), a seam, not a gap</source>
        <translation>
            <numerusform>Coupure tolérée&#xa0;: %n jour, une coupure de saisie, pas une lacune</numerusform>
            <numerusform>Coupure tolérée&#xa0;: %n jours, une coupure de saisie, pas une lacune</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="186"/>
        <source>{0} ({1}) on {2}</source>
        <translation>{0} ({1}) le {2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="195"/>
        <source>Outside its presence ({0}): %n day(s)</source>
        <translation>
            <numerusform>Hors de sa présence ({0})&#xa0;: %n jour</numerusform>
            <numerusform>Hors de sa présence ({0})&#xa0;: %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="205"/>
        <source>Drawdown %n day(s) before an election ({0})</source>
        <translation>
            <numerusform>Retrait %n jour avant une élection ({0})</numerusform>
            <numerusform>Retrait %n jours avant une élection ({0})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="215"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="223"/>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="226"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="232"/>
        <source>HQ lead: {0}</source>
        <translation>Chef de file au Siège&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="238"/>
        <source>Drawdown from {0}</source>
        <translation>Retrait à partir du {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="244"/>
        <source>Compressed drawdown ({0})</source>
        <translation>Retrait précipité ({0})</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="253"/>
        <source>HQ lead: {0} ({1})</source>
        <translation>Chef de file au Siège&#xa0;: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="262"/>
        <source>Lead change on {0}</source>
        <translation>Changement de chef de file le {0}</translation>
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
    <name>ViewTabs</name>
    <message>
        <location filename="../../src/transition_planner/ui/views.py" line="116"/>
        <source>Views of the plan</source>
        <extracomment>The tabs&apos; order (`show_view` and the View menu&apos;s Ctrl+1 … Ctrl+6 count on it). the analysis changed since the view last drew A bar of the timeline was clicked (its assignment&apos;s id). A bar&apos;s edge was dragged on the timeline: (assignment id, start, end). A finding of a compared plan was activated: (plan id, finding). The portfolio asked to open a plan (its id).</extracomment>
        <translation>Vues du plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/views.py" line="129"/>
        <source>The timeline view is not available in this build.</source>
        <translation>La vue chronologique n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/views.py" line="134"/>
        <source>The dashboard is not available in this build.</source>
        <translation>Le tableau de bord n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/views.py" line="138"/>
        <source>The Compare view is not available in this build.</source>
        <translation>La vue Comparaison n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/views.py" line="142"/>
        <source>The Portfolio view is not available in this build.</source>
        <translation>La vue Portefeuille n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/views.py" line="145"/>
        <source>&amp;Editor</source>
        <translation>Édi&amp;teur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/views.py" line="146"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/views.py" line="147"/>
        <source>&amp;Dashboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/views.py" line="148"/>
        <source>&amp;Compare</source>
        <translation>Co&amp;mparaison</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/views.py" line="149"/>
        <source>&amp;Portfolio</source>
        <translation>P&amp;ortefeuille</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/views.py" line="150"/>
        <source>Two plans side by side</source>
        <translation>Deux plans côte à côte</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/views.py" line="151"/>
        <source>Every plan of the workspace on one time axis</source>
        <translation>Tous les plans de l&apos;espace de travail sur un même axe du temps</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../../src/transition_planner/ui/window_commands.py" line="218"/>
        <source>The new language is used the next time Transition Planner starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Transition Planner.</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="96"/>
        <source>Rule</source>
        <extracomment>Bold header text is about this much wider than the default font&apos;s characters; a table&apos;s header also shows a filter button (characters). The Summary sheet: keys and values, and how many findings it names.</extracomment>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="97"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="98"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="99"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="100"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="101"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="102"/>
        <source>Detail</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="106"/>
        <source>From actor</source>
        <extracomment>The headers of the extra fields of the findings (SPEC §3) on the Gaps sheet.</extracomment>
        <translation>Acteur sortant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="107"/>
        <source>To actor</source>
        <translation>Acteur entrant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="108"/>
        <source>To actors</source>
        <translation>Acteurs entrants</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="109"/>
        <source>Overlap (days)</source>
        <translation>Chevauchement (jours)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="110"/>
        <source>Capacity before</source>
        <translation>Capacité avant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="111"/>
        <source>Capacity after</source>
        <translation>Capacité après</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="112"/>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="113"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="114"/>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="115"/>
        <source>Item</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="116"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="117"/>
        <source>Funding before (USD)</source>
        <translation>Financement avant ($ US)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="118"/>
        <source>Funding after (USD)</source>
        <translation>Financement après ($ US)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="119"/>
        <location filename="../../src/transition_planner/workbook/timeline_sheet.py" line="201"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="120"/>
        <source>Lead before</source>
        <translation>Chef de file avant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="121"/>
        <source>Lead after</source>
        <translation>Chef de file après</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="122"/>
        <source>Presence before</source>
        <translation>Présence avant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="123"/>
        <source>Presence after</source>
        <translation>Présence après</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="124"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="125"/>
        <source>Days before</source>
        <translation>Jours avant</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="379"/>
        <source>Transition plan: {plan}</source>
        <extracomment>Data validation and drop-downs reach this many rows below the data, for rows colleagues add. The temporary files of `_save_atomically` (&quot;.plan.xlsx.1a2b3c4d.tmp&quot;), and the age from which one is left over from an export that was killed.</extracomment>
        <translation>Plan de transition&#xa0;: {plan}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="383"/>
        <source>transition plan; continuity of care</source>
        <translation>plan de transition&#xa0;; continuité des soins</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="384"/>
        <source>Exported by Transition Planner {version}</source>
        <translation>Exporté par Transition Planner {version}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="410"/>
        <source>Page &amp;P of &amp;N</source>
        <translation>Page &amp;P sur &amp;N</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="452"/>
        <source>Continuity score</source>
        <translation>Indice de continuité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="455"/>
        <source>not analysed (no function)</source>
        <translation>non analysé (aucune fonction)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="460"/>
        <source>Findings by severity</source>
        <translation>Constats par gravité</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="466"/>
        <source>The most severe findings</source>
        <translation>Les constats les plus graves</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="470"/>
        <source>{severity} · {rule}</source>
        <translation>{severity} · {rule}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="481"/>
        <source>No findings</source>
        <translation>Aucun constat</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="484"/>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="489"/>
        <source>Exported</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="492"/>
        <source>Application version</source>
        <translation>Version de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="496"/>
        <source>Workbook format</source>
        <translation>Format du classeur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="497"/>
        <source>Edit the Presences, Actors, Functions, Assignments, Milestones, Handovers and Funding sheets and the values above, then send the workbook back. Keep the ID column as it is (leave it blank in new rows). Timeline and Gaps are computed by Transition Planner and ignored on import. The workbook imports back in English or in French.</source>
        <translation>Modifiez les feuilles Présences, Acteurs, Fonctions, Affectations, Jalons, Passations et Financement ainsi que les valeurs ci-dessus, puis renvoyez le classeur. Laissez la colonne ID telle quelle (vide dans les nouvelles lignes). Les feuilles Chronologie et Lacunes sont calculées par Transition Planner et ignorées à l&apos;import. Le classeur se réimporte en français comme en anglais.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="504"/>
        <source>How to edit</source>
        <translation>Comment modifier</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="587"/>
        <source>{column} is one of: {values}</source>
        <translation>{column}&#xa0;: l&apos;une des valeurs {values}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/export.py" line="604"/>
        <source>Not a name on the {sheet} sheet as exported. If you added it there, keep it.</source>
        <translation>Ce nom ne figure pas sur la feuille {sheet} exportée. Si vous l&apos;y avez ajouté, conservez-le.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="66"/>
        <source>Summary</source>
        <extracomment>A cell holds at most this many characters (Excel&apos;s limit). Import limits: beyond them the workbook is refused with a clear message. What a workbook of MAX_ROWS rows may hold, counted before openpyxl reads it (a few tiny strings compress to almost nothing: 1 GB of them took minutes and gigabytes to load). At most this many problems are listed; the rest are counted.</extracomment>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="67"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="68"/>
        <source>Presences</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="69"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="70"/>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="71"/>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="72"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="73"/>
        <source>Handovers</source>
        <translation>Passations</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="74"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="75"/>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="76"/>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="256"/>
        <source>Plan</source>
        <extracomment>Sheets that export writes and import ignores. The entity field (&quot;&quot; for the ID column). Column width in characters: the least and the most export uses. A sheet that workbooks of an earlier layout do not have: its absence is no problem.</extracomment>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="257"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="258"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="259"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="261"/>
        <source>Horizon start</source>
        <translation>Début de l&apos;horizon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="263"/>
        <source>Horizon end</source>
        <translation>Fin de l&apos;horizon</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="264"/>
        <source>Minimum overlap (days)</source>
        <translation>Chevauchement minimal (jours)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="265"/>
        <source>Cliff threshold</source>
        <translation>Seuil de chute</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/workbook/layout.py" line="266"/>
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
    <name>WorkbookFlows</name>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="67"/>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="89"/>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="182"/>
        <source>Import workbook</source>
        <extracomment>the change review while it is open (tests and screenshots look at it)</extracomment>
        <translation>Importer un classeur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="69"/>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="208"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="91"/>
        <source>Import “{0}” into the plan “{1}”, or as a new plan?</source>
        <translation>Importer «&#xa0;{0}&#xa0;» dans le plan «&#xa0;{1}&#xa0;», ou comme nouveau plan&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="96"/>
        <source>Into “{0}”</source>
        <translation>Dans «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="98"/>
        <source>As a new plan</source>
        <translation>Comme nouveau plan</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="111"/>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="124"/>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="169"/>
        <source>Cannot import {0}</source>
        <translation>Impossible d&apos;importer {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="112"/>
        <source>%n problem(s); nothing was imported:</source>
        <translation>
            <numerusform>%n problème&#xa0;; rien n&apos;a été importé&#xa0;:</numerusform>
            <numerusform>%n problèmes&#xa0;; rien n&apos;a été importé&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="123"/>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="168"/>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="154"/>
        <source>Import workbook into {0} ({1} added, {2} changed, {3} removed)</source>
        <translation>Importer le classeur dans {0} (ajouts&#xa0;: {1}, modifications&#xa0;: {2}, suppressions&#xa0;: {3})</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="186"/>
        <source>A plan named “{0}” already exists. Name of the imported plan:</source>
        <translation>Un plan nommé «&#xa0;{0}&#xa0;» existe déjà. Nom du plan importé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="189"/>
        <source>Imported plan</source>
        <translation>Plan importé</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="195"/>
        <source>Import {0}</source>
        <translation>Importer {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="206"/>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="230"/>
        <source>Export workbook</source>
        <translation>Exporter le classeur</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="225"/>
        <source>Exported {0} to {1}</source>
        <translation>{0} exporté vers {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="227"/>
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n avertissement&#xa0;:</numerusform>
            <numerusform>%n avertissements&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="239"/>
        <source>Writing {0}…</source>
        <translation>Écriture de {0}…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="240"/>
        <source>Cannot export to {0}</source>
        <translation>Impossible d&apos;exporter vers {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="253"/>
        <source>Export timeline picture</source>
        <translation>Exporter l&apos;image de la chronologie</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="255"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="277"/>
        <source>Drawing {0}…</source>
        <translation>Création de {0}…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="265"/>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="278"/>
        <source>Cannot save {0}</source>
        <translation>Impossible d&apos;enregistrer {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="282"/>
        <source>Saved the timeline of {0} to {1}</source>
        <translation>Chronologie de {0} enregistrée dans {1}</translation>
    </message>
</context>
<context>
    <name>WorkspaceFlows</name>
    <message>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="56"/>
        <source>Workspace in use</source>
        <extracomment>A workspace was opened read-only: why (the window says so in its banner).</extracomment>
        <translation>Espace de travail en cours d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="57"/>
        <source>{0}

Open it read-only? You can look but not change it.</source>
        <translation>{0}

L&apos;ouvrir en lecture seule&#xa0;? Vous pourrez le consulter, mais pas le modifier.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="68"/>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="86"/>
        <source>Cannot open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="73"/>
        <source>Opened read-only: nothing can be changed.</source>
        <translation>Ouvert en lecture seule&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="105"/>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="109"/>
        <source>The workspace is damaged</source>
        <translation>L&apos;espace de travail est endommagé</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="111"/>
        <source>{0}

Restore the latest backup ({1})? The damaged file is kept as a backup too.</source>
        <translation>{0}

Restaurer la dernière sauvegarde ({1})&#xa0;? Le fichier endommagé est lui aussi conservé comme sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="124"/>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="211"/>
        <source>Restoring {0}…</source>
        <translation>Restauration de {0}…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="125"/>
        <source>Could not restore the backup</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="136"/>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="138"/>
        <source>Transition Planner workspaces (*.tpw *.sqlite *.db);;All files (*)</source>
        <translation>Espaces de travail Transition Planner (*.tpw *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="162"/>
        <source>backed up by hand</source>
        <translation>sauvegarde manuelle</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="163"/>
        <source>Backing up the workspace…</source>
        <translation>Sauvegarde de l&apos;espace de travail…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="164"/>
        <source>Cannot back up the workspace</source>
        <translation>Impossible de sauvegarder l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="167"/>
        <source>Backed up to {0}</source>
        <translation>Sauvegardé dans {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="189"/>
        <source>Restore backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="191"/>
        <source>Replace the whole workspace by the backup {0}? The current workspace is backed up first. This cannot be undone with Edit → Undo.</source>
        <translation>Remplacer tout l&apos;espace de travail par la sauvegarde {0}&#xa0;? L&apos;espace de travail actuel est d&apos;abord sauvegardé. Cette opération ne peut pas être annulée avec Édition → Annuler.</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="212"/>
        <source>Cannot restore {0}</source>
        <translation>Impossible de restaurer {0}</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/workspace_flows.py" line="217"/>
        <source>Restored the workspace from {0}</source>
        <translation>Espace de travail restauré à partir de {0}</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <location filename="../../src/transition_planner/ui/session.py" line="203"/>
        <source>Analysing {0}…</source>
        <extracomment>A workspace was opened or closed. The list of plans may have changed (a plan added, removed, or the workspace replaced). A plan of the workspace was edited (its name, country, horizon or counts may differ). `plan` is another plan, or the same plan changed. `analysis` is new (of `plan`). A big plan&apos;s analysis started in the background. A line for the status bar (what a change did). A change failed: (title, text). A plan chosen later in the session cannot be read (a damaged stored value): the error. The as-of day of the register rules (None: today), set in the gaps panel.</extracomment>
        <translation>Analyse de {0}…</translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/session.py" line="204"/>
        <source>Analysis failed</source>
        <translation>Échec de l&apos;analyse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/session.py" line="245"/>
        <source>{0} (and %n more)</source>
        <translation>
            <numerusform>{0} (et %n autre)</numerusform>
            <numerusform>{0} (et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/transition_planner/ui/session.py" line="295"/>
        <source>Could not do “{0}”</source>
        <translation>Impossible d&apos;effectuer «&#xa0;{0}&#xa0;»</translation>
    </message>
</context>
</TS>

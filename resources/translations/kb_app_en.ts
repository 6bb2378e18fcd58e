<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
    <context>
        <name>About</name>
        <message>
            <source>Base de connaissances hors ligne sur la gouvernance territoriale.</source>
            <translation>Offline knowledge base on territorial governance.</translation>
        </message>
        <message>
            <source>Bibliothèque : %1</source>
            <translation>Library: %1</translation>
        </message>
        <message>
            <source>Bibliothèques utilisées (version, licence déclarée) :</source>
            <translation>Libraries used (version, declared licence):</translation>
        </message>
        <message>
            <source>Le cours (fiches) et le thésaurus : rédigés pour kb_app à partir du dossier 30 de CITEGO, dont le fonds est sous licence CC BY-SA 4.0 ; diffusés sous la même licence (CC BY-SA 4.0).</source>
            <translation>The course (fiches) and the thesaurus: written for kb_app from CITEGO's dossier 30, whose collection is under the CC BY-SA 4.0 licence; distributed under the same licence (CC BY-SA 4.0).</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>Licences</translation>
        </message>
        <message>
            <source>Qt et PySide6 (The Qt Company) : LGPL 3.0, utilisés sans modification ; leurs sources sont publiées par le Qt Project.</source>
            <translation>Qt and PySide6 (The Qt Company): LGPL 3.0, used unmodified; their sources are published by the Qt Project.</translation>
        </message>
        <message>
            <source>Styles de citation ISO 690 et locales CSL (resources/csl) : CC BY-SA 3.0, Citation Style Language ; auteurs et modifications dans resources/csl/ATTRIBUTION.md.</source>
            <translation>ISO 690 citation styles and CSL locales (resources/csl): CC BY-SA 3.0, Citation Style Language; authors and changes in resources/csl/ATTRIBUTION.md.</translation>
        </message>
        <message>
            <source>aucune bibliothèque ouverte</source>
            <translation>no library open</translation>
        </message>
        <message>
            <source>kb_app (le programme) : GNU GPL 3.0 ou toute version ultérieure.</source>
            <translation>kb_app (the program): GNU GPL 3.0 or any later version.</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Copier</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Copier le texte « À propos »</source>
            <translation>Copy the About text</translation>
        </message>
        <message>
            <source>Copié</source>
            <translation>Copied</translation>
        </message>
        <message>
            <source>Fermer « À propos »</source>
            <translation>Close About</translation>
        </message>
    </context>
    <context>
        <name>AtlasView</name>
        <message numerus="yes">
            <source>%1 × %2 : %n fiche(s)</source>
            <translation>
                <numerusform>%1 × %2: %n fiche</numerusform>
                <numerusform>%1 × %2: %n fiches</numerusform>
            </translation>
        </message>
        <message>
            <source>Actions de la case</source>
            <translation>Cell actions</translation>
        </message>
        <message>
            <source>Atlas : %1 × %2</source>
            <translation>Atlas: %1 × %2</translation>
        </message>
        <message>
            <source>Atlas relationnel</source>
            <translation>Relational atlas</translation>
        </message>
        <message>
            <source>Composantes du territoire (lignes) × angles de la gouvernance (colonnes) : chaque case compte les fiches indexées avec les deux. Entrée ou un clic liste ses fiches ; un en-tête ouvre la page du concept.</source>
            <translation>Components of the territory (rows) × angles of governance (columns): each cell counts the fiches indexed with both. Enter or a click lists its fiches; a header opens the concept's page.</translation>
        </message>
        <message>
            <source>Flèches pour aller de case en case, Entrée pour lister les fiches de la case, menu contextuel pour le voisinage des deux concepts.</source>
            <translation>Arrows move from cell to cell, Enter lists the cell's fiches, the context menu opens the neighbourhood of its two concepts.</translation>
        </message>
        <message>
            <source>Le thésaurus de cette bibliothèque n'a pas les deux axes de l'atlas (collections « axe-composantes » et « axe-angles ») : l'atlas est vide.</source>
            <translation>This library's thesaurus lacks the atlas's two axes (collections “axe-composantes” and “axe-angles”): the atlas is empty.</translation>
        </message>
        <message>
            <source>Lister les fiches</source>
            <translation>List the fiches</translation>
        </message>
        <message>
            <source>Lister les fiches de la case</source>
            <translation>List the cell's fiches</translation>
        </message>
        <message>
            <source>Légende des angles</source>
            <translation>Legend of the angles</translation>
        </message>
        <message>
            <source>Voisinage</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <source>Voisinage de « %1 »</source>
            <translation>Neighbourhood of “%1”</translation>
        </message>
        <message>
            <source>Voisinage des deux concepts de la case</source>
            <translation>Neighbourhood of the cell's two concepts</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>%1 o</source>
            <translation>%1 B</translation>
        </message>
        <message>
            <source>%1 Ko</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <source>%1 Mo</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>%1 Go</source>
            <translation>%1 GB</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Taille</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Texte extrait</source>
            <translation>Extracted text</translation>
        </message>
        <message>
            <source>Pièces jointes</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>Ajouter une pièce jointe…</source>
            <translation>Add an attachment…</translation>
        </message>
        <message>
            <source>Ouvrir</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Retirer…</source>
            <translation>Remove…</translation>
        </message>
        <message>
            <source>oui</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>non</source>
            <translation>no</translation>
        </message>
        <message numerus="yes">
            <source>Pièces jointes : %n</source>
            <translation>
                <numerusform>Attachments: %n</numerusform>
                <numerusform>Attachments: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Aucune pièce jointe</source>
            <translation>No attachment</translation>
        </message>
        <message>
            <source>Choisir le fichier à joindre</source>
            <translation>Choose the file to attach</translation>
        </message>
        <message>
            <source>« %1 » est jointe à la fiche.</source>
            <translation>“%1” is attached to the fiche.</translation>
        </message>
        <message>
            <source>Aucune application ne peut ouvrir ce fichier.</source>
            <translation>No application can open this file.</translation>
        </message>
        <message>
            <source>Retirer « %1 » de cette fiche ?</source>
            <translation>Remove “%1” from this fiche?</translation>
        </message>
        <message>
            <source>Retirer une pièce jointe</source>
            <translation>Remove an attachment</translation>
        </message>
        <message>
            <source>« %1 » est retirée.</source>
            <translation>“%1” is removed.</translation>
        </message>
    </context>
    <context>
        <name>BackupTimer</name>
        <message>
            <source>Sauvegardes automatiques suspendues : la bibliothèque a été trouvée endommagée (Fichier &gt; Restaurer une sauvegarde…).</source>
            <translation>Automatic backups are suspended: the library was found damaged (File &gt; Restore a backup…).</translation>
        </message>
        <message>
            <source>La sauvegarde automatique a échoué : %1</source>
            <translation>The automatic backup failed: %1</translation>
        </message>
    </context>
    <context>
        <name>BasketPanel</name>
        <message>
            <source>Panier de lecture</source>
            <translation>Reading basket</translation>
        </message>
        <message>
            <source>Monter</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Descendre</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Retirer</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Vider</source>
            <translation>Empty</translation>
        </message>
        <message>
            <source>Exporter…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Imprimer…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Ajouté au panier.</source>
            <translation>Added to the basket.</translation>
        </message>
        <message>
            <source>Déjà dans le panier.</source>
            <translation>Already in the basket.</translation>
        </message>
        <message>
            <source>Liste de lecture</source>
            <translation>Reading list</translation>
        </message>
        <message>
            <source>Exporter le panier</source>
            <translation>Export the basket</translation>
        </message>
        <message>
            <source>Markdown (*.md);;Page HTML (*.html);;PDF (*.pdf)</source>
            <translation>Markdown (*.md);;HTML page (*.html);;PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Panier exporté : %1</source>
            <translation>Basket exported: %1</translation>
        </message>
        <message>
            <source>PDF enregistré : %1</source>
            <translation>PDF saved: %1</translation>
        </message>
        <message>
            <source>Imprimer le panier</source>
            <translation>Print the basket</translation>
        </message>
    </context>
    <context>
        <name>BibliographyDialog</name>
        <message>
            <source>Bibliographie : %1</source>
            <translation>Bibliography: %1</translation>
        </message>
        <message>
            <source>Bibliographie</source>
            <translation>Bibliography</translation>
        </message>
        <message>
            <source>Style de citation</source>
            <translation>Citation style</translation>
        </message>
        <message>
            <source>Bibliographie formatée</source>
            <translation>Formatted bibliography</translation>
        </message>
        <message>
            <source>Copier</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Enregistrer…</source>
            <translation>Save…</translation>
        </message>
        <message>
            <source>Style</source>
            <translation>Style</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message numerus="yes">
            <source>%n référence(s).</source>
            <translation>
                <numerusform>%n reference.</numerusform>
                <numerusform>%n references.</numerusform>
            </translation>
        </message>
        <message>
            <source>Bibliographie copiée.</source>
            <translation>Bibliography copied.</translation>
        </message>
        <message>
            <source>Enregistrer la bibliographie</source>
            <translation>Save the bibliography</translation>
        </message>
        <message>
            <source>Page HTML (*.html);;Texte (*.txt)</source>
            <translation>HTML page (*.html);;Text (*.txt)</translation>
        </message>
        <message>
            <source>Bibliographie enregistrée : %1</source>
            <translation>Bibliography saved: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n fiche(s) mise(s) à part : elles ne peuvent pas être citées.</source>
            <translation>
                <numerusform>%n fiche set apart: it cannot be cited.</numerusform>
                <numerusform>%n fiches set apart: they cannot be cited.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChooseConceptsDialog</name>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ChooseDossierDialog</name>
        <message>
            <source>Ajouter</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Ajouter à un dossier</source>
            <translation>Add to a dossier</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message numerus="yes">
            <source>Dossier où ajouter %n fiche(s) :</source>
            <translation>
                <numerusform>Dossier to add %n fiche to:</numerusform>
                <numerusform>Dossier to add %n fiches to:</numerusform>
            </translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>La bibliothèque n'a aucun dossier.</source>
            <translation>The library has no dossier.</translation>
        </message>
    </context>
    <context>
        <name>Citation</name>
        <message>
            <source>ISO 690 auteur-date</source>
            <translation>ISO 690 author-date</translation>
        </message>
        <message>
            <source>ISO 690 numérique</source>
            <translation>ISO 690 numeric</translation>
        </message>
        <message>
            <source>Fiches qui ne peuvent pas être citées</source>
            <translation>Fiches that cannot be cited</translation>
        </message>
        <message>
            <source>LaTeX \cite{clé}</source>
            <translation>LaTeX \cite{key}</translation>
        </message>
        <message>
            <source>Texte (selon le style)</source>
            <translation>Text (as the style says)</translation>
        </message>
        <message>
            <source>pandoc [@clé]</source>
            <translation>pandoc [@key]</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Comparer deux cas</source>
            <translation>Compare two cases</translation>
        </message>
        <message>
            <source>Premier cas</source>
            <translation>First case</translation>
        </message>
        <message>
            <source>Second cas</source>
            <translation>Second case</translation>
        </message>
        <message>
            <source>Comparer</source>
            <translation>Compare</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Il faut au moins deux études de cas.</source>
            <translation>At least two case studies are needed.</translation>
        </message>
    </context>
    <context>
        <name>ConceptEditor</name>
        <message>
            <source>Modifier le concept</source>
            <translation>Edit the concept</translation>
        </message>
        <message>
            <source>Nouveau concept</source>
            <translation>New concept</translation>
        </message>
        <message>
            <source>Libellé français *</source>
            <translation>French label *</translation>
        </message>
        <message>
            <source>Libellé anglais</source>
            <translation>English label</translation>
        </message>
        <message>
            <source>Définition</source>
            <translation>Definition</translation>
        </message>
        <message>
            <source>Concepts plus larges</source>
            <translation>Broader concepts</translation>
        </message>
        <message>
            <source>Note d'application</source>
            <translation>Scope note</translation>
        </message>
        <message>
            <source>Autres termes (un par ligne)</source>
            <translation>Other terms (one per line)</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Le libellé français est obligatoire.</source>
            <translation>The French label is required.</translation>
        </message>
    </context>
    <context>
        <name>ConceptPage</name>
        <message>
            <source>Fiche du concept</source>
            <translation>Concept page</translation>
        </message>
        <message>
            <source>Graphe des concepts voisins</source>
            <translation>Graph of neighbouring concepts</translation>
        </message>
        <message>
            <source>Tab pour passer d'un concept à l'autre, Entrée pour l'ouvrir.</source>
            <translation>Tab to move from one concept to the next, Enter to open it.</translation>
        </message>
        <message>
            <source>Voisinage : au-dessus les concepts plus larges, au-dessous les plus précis, sur les côtés (tirets) les concepts associés. Cliquez pour y aller.</source>
            <translation>Neighbourhood: broader concepts above, narrower below, related concepts (dashed) on the sides. Click to go there.</translation>
        </message>
    </context>
    <context>
        <name>ConceptPicker</name>
        <message>
            <source>Ajouter un concept (les accents sont facultatifs)</source>
            <translation>Add a concept (accents optional)</translation>
        </message>
        <message>
            <source>Ajouter un concept</source>
            <translation>Add a concept</translation>
        </message>
        <message>
            <source>Ajouter</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Retirer</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Concepts de la fiche</source>
            <translation>Concepts of the fiche</translation>
        </message>
    </context>
    <context>
        <name>ConceptTreeModel</name>
        <message>
            <source>%1 fiches (%2 avec les concepts plus précis)</source>
            <translation>%1 fiches (%2 including narrower concepts)</translation>
        </message>
        <message>
            <source>Concept</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>Fiches</source>
            <translation>Fiches</translation>
        </message>
    </context>
    <context>
        <name>DamagedDialog</name>
        <message>
            <source>Bibliothèque endommagée</source>
            <translation>Damaged library</translation>
        </message>
        <message>
            <source>La base de la bibliothèque est endommagée.</source>
            <translation>The library's database is damaged.</translation>
        </message>
        <message>
            <source>Elle ne peut pas être ouverte. Elle a été mise de côté sous « %1 » : ce fichier n'est jamais supprimé.</source>
            <translation>It cannot be opened. It was set aside as “%1”: this file is never deleted.</translation>
        </message>
        <message>
            <source>Aucune sauvegarde vérifiée n'est disponible.</source>
            <translation>No verified backup is available.</translation>
        </message>
        <message>
            <source>Restaurer la sauvegarde du %1</source>
            <translation>Restore the backup of %1</translation>
        </message>
        <message>
            <source>La copie vérifiée la plus récente ; ce qui a été fait depuis n'y est pas.</source>
            <translation>The newest verified copy; what was done since is not in it.</translation>
        </message>
        <message>
            <source>Récupérer ce qui peut l'être</source>
            <translation>Recover what can be read</translation>
        </message>
        <message>
            <source>Copie les données encore lisibles dans une nouvelle base.</source>
            <translation>Copies the data that can still be read into a new database.</translation>
        </message>
        <message>
            <source>Nouvelle bibliothèque vide</source>
            <translation>New empty library</translation>
        </message>
        <message>
            <source>Commence une bibliothèque vide dans ce dossier.</source>
            <translation>Starts an empty library in this folder.</translation>
        </message>
        <message>
            <source>Quitter</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Ferme kb_app sans rien changer de plus.</source>
            <translation>Closes kb_app without changing anything more.</translation>
        </message>
    </context>
    <context>
        <name>DelayedProgress</name>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Veuillez patienter</source>
            <translation>Please wait</translation>
        </message>
        <message>
            <source>Progression</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Annulation…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>DetailsForm</name>
        <message>
            <source>Pas de champ particulier pour ce type de fiche.</source>
            <translation>No particular field for this kind of fiche.</translation>
        </message>
    </context>
    <context>
        <name>DropHandler</name>
        <message numerus="yes">
            <source>%n fiche(s) ajoutée(s) au dossier « %1 ».</source>
            <translation>
                <numerusform>%n fiche added to the dossier “%1”.</numerusform>
                <numerusform>%n fiches added to the dossier “%1”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fiche(s) ajoutée(s) au panier.</source>
            <translation>
                <numerusform>%n fiche added to the basket.</numerusform>
                <numerusform>%n fiches added to the basket.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ces fiches sont déjà dans le dossier « %1 ».</source>
            <translation>These fiches are already in the dossier “%1”.</translation>
        </message>
        <message>
            <source>Déjà dans le panier.</source>
            <translation>Already in the basket.</translation>
        </message>
        <message numerus="yes">
            <source>Déposer pour ajouter %n fiche(s) au dossier « %1 ».</source>
            <translation>
                <numerusform>Drop to add %n fiche to the dossier “%1”.</numerusform>
                <numerusform>Drop to add %n fiches to the dossier “%1”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Déposer pour ajouter %n fiche(s) au panier.</source>
            <translation>
                <numerusform>Drop to add %n fiche to the basket.</numerusform>
                <numerusform>Drop to add %n fiches to the basket.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Déposer pour importer %n fichier(s).</source>
            <translation>
                <numerusform>Drop to import %n file.</numerusform>
                <numerusform>Drop to import %n files.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Déposer pour joindre %n fichier(s) à « %1 ».</source>
            <translation>
                <numerusform>Drop to attach %n file to “%1”.</numerusform>
                <numerusform>Drop to attach %n files to “%1”.</numerusform>
            </translation>
        </message>
        <message>
            <source>Impossible d'importer %1 : seuls les fichiers BibTeX (.bib), RIS (.ris), CSL-JSON (.json), les thésaurus SKOS (.ttl, .rdf), les fiches Markdown (.md, .zip) et les dossiers s'importent.</source>
            <translation>Cannot import %1: only BibTeX (.bib), RIS (.ris) and CSL-JSON (.json) files, SKOS thesauri (.ttl, .rdf), Markdown fiches (.md, .zip) and folders can be imported.</translation>
        </message>
        <message>
            <source>La bibliothèque est en lecture seule : rien ne peut y être déposé.</source>
            <translation>The library is read-only: nothing can be dropped into it.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Doublons probables</source>
            <translation>Probable duplicates</translation>
        </message>
        <message>
            <source>Recherche des doublons…</source>
            <translation>Looking for duplicates…</translation>
        </message>
        <message>
            <source>Fiche A</source>
            <translation>Fiche A</translation>
        </message>
        <message>
            <source>Fiche B</source>
            <translation>Fiche B</translation>
        </message>
        <message>
            <source>Raison</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Paires de doublons</source>
            <translation>Duplicate pairs</translation>
        </message>
        <message>
            <source>Fusionner…</source>
            <translation>Merge…</translation>
        </message>
        <message>
            <source>Lire la fiche A</source>
            <translation>Read fiche A</translation>
        </message>
        <message>
            <source>Lire la fiche B</source>
            <translation>Read fiche B</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message numerus="yes">
            <source>%n paire(s) de fiches qui semblent décrire la même œuvre.</source>
            <translation>
                <numerusform>%n pair of fiches that seem to describe the same work.</numerusform>
                <numerusform>%n pairs of fiches that seem to describe the same work.</numerusform>
            </translation>
        </message>
        <message>
            <source>Aucun doublon probable dans la bibliothèque.</source>
            <translation>No probable duplicate in the library.</translation>
        </message>
        <message>
            <source>Ces deux fiches décrivent deux œuvres : ne plus proposer cette paire.</source>
            <translation>These two fiches describe two works: do not suggest this pair again.</translation>
        </message>
        <message numerus="yes">
            <source>Les %n premières concernent les fiches que l'import vient de signaler.</source>
            <translation>
                <numerusform>The first one concerns the fiches the import just flagged.</numerusform>
                <numerusform>The first %n concern the fiches the import just flagged.</numerusform>
            </translation>
        </message>
        <message>
            <source>Pas un doublon</source>
            <translation>Not a duplicate</translation>
        </message>
    </context>
    <context>
        <name>EditController</name>
        <message>
            <source>création de « %1 »</source>
            <translation>creating “%1”</translation>
        </message>
        <message>
            <source>Fiche créée.</source>
            <translation>Fiche created.</translation>
        </message>
        <message>
            <source>modification de « %1 »</source>
            <translation>editing “%1”</translation>
        </message>
        <message>
            <source>Fiche enregistrée.</source>
            <translation>Fiche saved.</translation>
        </message>
        <message>
            <source>Mettre à la corbeille</source>
            <translation>Move to the trash</translation>
        </message>
        <message>
            <source>Mettre « %1 » à la corbeille ? Vous pourrez la restaurer.</source>
            <translation>Move “%1” to the trash? You can restore it.</translation>
        </message>
        <message>
            <source>suppression de « %1 »</source>
            <translation>trashing “%1”</translation>
        </message>
        <message>
            <source>« %1 » est dans la corbeille.</source>
            <translation>“%1” is in the trash.</translation>
        </message>
        <message>
            <source>restauration de « %1 »</source>
            <translation>restoring “%1”</translation>
        </message>
        <message>
            <source>« %1 » est restaurée.</source>
            <translation>“%1” is restored.</translation>
        </message>
        <message>
            <source>Concept créé.</source>
            <translation>Concept created.</translation>
        </message>
        <message>
            <source>modification du concept « %1 »</source>
            <translation>editing the concept “%1”</translation>
        </message>
        <message>
            <source>Concept enregistré.</source>
            <translation>Concept saved.</translation>
        </message>
        <message>
            <source>création du concept « %1 »</source>
            <translation>creating the concept “%1”</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>fr</source>
            <translation>en</translation>
        </message>
        <message>
            <source>Le fichier n'a pas pu être lu ou écrit : %1.</source>
            <translation>The file could not be read or written: %1.</translation>
        </message>
        <message>
            <source>Une erreur inattendue s'est produite (%1) ; le détail est dans le journal.</source>
            <translation>An unexpected error occurred (%1); the details are in the log.</translation>
        </message>
        <message>
            <source>kb_app</source>
            <translation>kb_app</translation>
        </message>
        <message>
            <source>Message d'erreur</source>
            <translation>Error message</translation>
        </message>
        <message>
            <source>Copier les détails</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <source>Copier les détails de l'erreur</source>
            <translation>Copy the error's details</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Exporter</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Le thésaurus entier est exporté.</source>
            <translation>The whole thesaurus is exported.</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Choisir…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Fiches</source>
            <translation>Fiches</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Résultats de la recherche (%1)</source>
            <translation>Search results (%1)</translation>
        </message>
        <message>
            <source>Panier (%1)</source>
            <translation>Basket (%1)</translation>
        </message>
        <message>
            <source>Toute la bibliothèque (%1)</source>
            <translation>The whole library (%1)</translation>
        </message>
        <message>
            <source>Choisir un dossier vide pour les fiches</source>
            <translation>Choose an empty folder for the fiches</translation>
        </message>
        <message>
            <source>Exporter vers</source>
            <translation>Export to</translation>
        </message>
        <message>
            <source>Export en cours…</source>
            <translation>Exporting…</translation>
        </message>
        <message numerus="yes">
            <source>%n concept(s) exporté(s) vers %1.</source>
            <translation>
                <numerusform>%n concept exported to %1.</numerusform>
                <numerusform>%n concepts exported to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fiche(s) exportée(s) vers %1.</source>
            <translation>
                <numerusform>%n fiche exported to %1.</numerusform>
                <numerusform>%n fiches exported to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FacetsModel</name>
        <message>
            <source>Type de fiche</source>
            <translation>Fiche type</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Retirer ce filtre</source>
            <translation>Remove this filter</translation>
        </message>
        <message>
            <source>Filtrer sur</source>
            <translation>Filter on</translation>
        </message>
        <message>
            <source>Filtre</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>Fiches</source>
            <translation>Fiches</translation>
        </message>
        <message>
            <source>%1 fiche(s), dont %2 indexée(s) avec ce concept même</source>
            <translation>%1 fiche(s), %2 of them indexed with this very concept</translation>
        </message>
        <message>
            <source>%1–%2</source>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>Année</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Concepts (plus précis inclus)</source>
            <translation>Concepts (narrower included)</translation>
        </message>
    </context>
    <context>
        <name>FacetsPanel</name>
        <message>
            <source>Filtres des résultats</source>
            <translation>Result filters</translation>
        </message>
        <message>
            <source>Depuis l'année</source>
            <translation>From year</translation>
        </message>
        <message>
            <source>Jusqu'à l'année</source>
            <translation>Up to year</translation>
        </message>
        <message>
            <source>Effacer les filtres</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <source>Années :</source>
            <translation>Years:</translation>
        </message>
        <message>
            <source>à</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Années des résultats : %1–%2</source>
            <translation>Years of the results: %1–%2</translation>
        </message>
    </context>
    <context>
        <name>FicheEditor</name>
        <message>
            <source>Modifier la fiche</source>
            <translation>Edit the fiche</translation>
        </message>
        <message>
            <source>Nouvelle fiche</source>
            <translation>New fiche</translation>
        </message>
        <message>
            <source>tiré du titre si vide</source>
            <translation>taken from the title when empty</translation>
        </message>
        <message>
            <source>AAAA, AAAA-MM ou AAAA-MM-JJ</source>
            <translation>YYYY, YYYY-MM or YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Texte (Markdown)</source>
            <translation>Text (Markdown)</translation>
        </message>
        <message>
            <source>Personnes et organisations</source>
            <translation>People and organisations</translation>
        </message>
        <message>
            <source>Liens vers d'autres fiches</source>
            <translation>Links to other fiches</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Faits non vérifiés, un par ligne</source>
            <translation>Unverified facts, one per line</translation>
        </message>
        <message>
            <source>Général</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Texte</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Détails</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Personnes et liens</source>
            <translation>People and links</translation>
        </message>
        <message>
            <source>Problèmes à corriger</source>
            <translation>Problems to fix</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Type de fiche</source>
            <translation>Fiche type</translation>
        </message>
        <message>
            <source>Identifiant</source>
            <translation>Identifier</translation>
        </message>
        <message>
            <source>Titre *</source>
            <translation>Title *</translation>
        </message>
        <message>
            <source>Sous-titre</source>
            <translation>Subtitle</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Langue</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Résumé</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Concepts</source>
            <translation>Concepts</translation>
        </message>
        <message>
            <source>Liens vers d'autres fiches (identifiant de la fiche)</source>
            <translation>Links to other fiches (fiche identifier)</translation>
        </message>
        <message>
            <source>Faits non vérifiés (un par ligne)</source>
            <translation>Unverified facts (one per line)</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rôle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Fiche liée</source>
            <translation>Linked fiche</translation>
        </message>
        <message>
            <source>Lien</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Adresse web</source>
            <translation>Web address</translation>
        </message>
        <message>
            <source>Le titre est obligatoire.</source>
            <translation>The title is required.</translation>
        </message>
        <message>
            <source>Cliquez de nouveau sur « Enregistrer » pour créer quand même la fiche.</source>
            <translation>Click « Save » again to create the fiche anyway.</translation>
        </message>
        <message>
            <source>Existe déjà :</source>
            <translation>Already exists:</translation>
        </message>
        <message>
            <source>Fiches qui ressemblent à celle-ci</source>
            <translation>Fiches that look like this one</translation>
        </message>
        <message>
            <source>Ressemble à :</source>
            <translation>Looks like:</translation>
        </message>
    </context>
    <context>
        <name>FichePage</name>
        <message>
            <source>Fiches liées</source>
            <translation>Linked fiches</translation>
        </message>
        <message>
            <source>Cité dans</source>
            <translation>Cited in</translation>
        </message>
        <message>
            <source>Dans les dossiers</source>
            <translation>In dossiers</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Faits non vérifiés</source>
            <translation>Unverified facts</translation>
        </message>
        <message>
            <source>Dossier « %1 » : %2 sur %3</source>
            <translation>Dossier “%1”: %2 of %3</translation>
        </message>
        <message>
            <source>précédent</source>
            <translation>previous</translation>
        </message>
        <message>
            <source>suivant</source>
            <translation>next</translation>
        </message>
        <message>
            <source>Par</source>
            <translation>By</translation>
        </message>
        <message>
            <source>depuis %1</source>
            <translation>since %1</translation>
        </message>
        <message>
            <source>période</source>
            <translation>period</translation>
        </message>
        <message>
            <source>Concepts :</source>
            <translation>Concepts:</translation>
        </message>
        <message>
            <source>Personnes et organisations impliquées</source>
            <translation>People and organisations involved</translation>
        </message>
        <message>
            <source>Parcours de lecture</source>
            <translation>Reading path</translation>
        </message>
        <message>
            <source>Commencer la lecture du dossier</source>
            <translation>Start reading the dossier</translation>
        </message>
        <message>
            <source>Parcours de lecture : %1 fiches, à lire dans cet ordre.</source>
            <translation>Reading path: %1 fiches, to read in this order.</translation>
        </message>
        <message>
            <source>lire dans ce dossier</source>
            <translation>read in this dossier</translation>
        </message>
        <message>
            <source>comparer avec un autre cas</source>
            <translation>compare with another case</translation>
        </message>
        <message>
            <source>Identifiant : %1 · modifiée le %2</source>
            <translation>Identifier: %1 · changed on %2</translation>
        </message>
        <message>
            <source>Cette fiche est dans la corbeille.</source>
            <translation>This fiche is in the trash.</translation>
        </message>
        <message>
            <source>Restaurer</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Ordre de lecture</source>
            <translation>Reading order</translation>
        </message>
        <message>
            <source>Questions pour l'étude</source>
            <translation>Study questions</translation>
        </message>
    </context>
    <context>
        <name>FicheTools</name>
        <message>
            <source>Style de citation</source>
            <translation>Citation style</translation>
        </message>
        <message>
            <source>Copier la citation</source>
            <translation>Copy the citation</translation>
        </message>
        <message>
            <source>Bibliographie du dossier…</source>
            <translation>Bibliography of the dossier…</translation>
        </message>
        <message>
            <source>Citation</source>
            <translation>Citation</translation>
        </message>
        <message>
            <source>Citation copiée.</source>
            <translation>Citation copied.</translation>
        </message>
        <message>
            <source>Ajouter un style de citation</source>
            <translation>Add a citation style</translation>
        </message>
        <message>
            <source>Citation copiée : %1</source>
            <translation>Citation copied: %1</translation>
        </message>
        <message>
            <source>Copier la citation dans le texte</source>
            <translation>Copy the in-text citation</translation>
        </message>
        <message>
            <source>Dans le texte</source>
            <translation>In the text</translation>
        </message>
        <message>
            <source>Forme de la citation dans le texte</source>
            <translation>Form of the in-text citation</translation>
        </message>
        <message>
            <source>Page ou partie citée</source>
            <translation>Page or part cited</translation>
        </message>
        <message>
            <source>Style CSL (*.csl);;Tous les fichiers (*)</source>
            <translation>CSL style (*.csl);;All files (*)</translation>
        </message>
        <message>
            <source>Style de citation ajouté : %1</source>
            <translation>Citation style added: %1</translation>
        </message>
        <message>
            <source>Style de citation refusé</source>
            <translation>Citation style refused</translation>
        </message>
        <message>
            <source>p. 12</source>
            <translation>p. 12</translation>
        </message>
        <message>
            <source>Copier</source>
            <translation>Copy</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Aide de kb_app</source>
            <translation>kb_app help</translation>
        </message>
        <message>
            <source>Aucune bibliothèque ouverte.</source>
            <translation>No library open.</translation>
        </message>
        <message>
            <source>Dossier de la bibliothèque</source>
            <translation>Library folder</translation>
        </message>
        <message>
            <source>Où se trouve la bibliothèque</source>
            <translation>Where the library is</translation>
        </message>
        <message>
            <source>Pièces jointes</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>Raccourcis clavier</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Rechercher</source>
            <translation>Searching</translation>
        </message>
        <message>
            <source>Requête</source>
            <translation>Query</translation>
        </message>
        <message>
            <source>Sauvegardes</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Tapez des mots : la recherche ignore les accents et les majuscules et reconnaît les formes d'un même mot (pluriels, féminins). Les opérateurs s'écrivent en majuscules ; les clauses se combinent avec des mots.</source>
            <translation>Type words: the search ignores accents and capitals and knows the forms of a word (plurals, feminines). Operators are written in capitals; clauses combine with words.</translation>
        </message>
        <message>
            <source>Trouve</source>
            <translation>Finds</translation>
        </message>
        <message>
            <source>Une autre bibliothèque s'ouvre par Fichier › Ouvrir une bibliothèque…, ou au démarrage avec kb --library DOSSIER.</source>
            <translation>Open another library with File › Open a library…, or at start-up with kb --library FOLDER.</translation>
        </message>
        <message>
            <source>depuis 2010 ([* TO 2000] : jusqu'à 2000)</source>
            <translation>since 2010 ([* TO 2000]: up to 2000)</translation>
        </message>
        <message>
            <source>l'expression exacte, mots dans cet ordre</source>
            <translation>the exact phrase, words in this order</translation>
        </message>
        <message>
            <source>l'un ou l'autre mot (aussi : OR)</source>
            <translation>either word (also: OR)</translation>
        </message>
        <message>
            <source>le mot dans le résumé ou le texte</source>
            <translation>the word in the summary or the text</translation>
        </message>
        <message>
            <source>le mot dans le titre (aussi : title:)</source>
            <translation>the word in the title (also: title:)</translation>
        </message>
        <message>
            <source>le mot, même mal orthographié</source>
            <translation>the word, even misspelt</translation>
        </message>
        <message>
            <source>le nom parmi les auteurs (aussi : author:)</source>
            <translation>the name among the authors (also: author:)</translation>
        </message>
        <message>
            <source>le premier mot, sans le second (aussi : NOT)</source>
            <translation>the first word, without the second (also: NOT)</translation>
        </message>
        <message>
            <source>les deux mots (ET ou AND : par défaut)</source>
            <translation>both words (ET or AND: the default)</translation>
        </message>
        <message>
            <source>les fiches d'un dossier, par son identifiant</source>
            <translation>the fiches of a dossier, by its identifier</translation>
        </message>
        <message>
            <source>les fiches indexées par ce concept, ses concepts plus précis et ses autres libellés</source>
            <translation>fiches indexed with this concept, its narrower concepts and its other labels</translation>
        </message>
        <message>
            <source>les fiches qui contiennent les deux mots</source>
            <translation>fiches that contain both words</translation>
        </message>
        <message>
            <source>les mots qui commencent ainsi</source>
            <translation>words that begin this way</translation>
        </message>
        <message>
            <source>un type de fiche : reference, analyse, cas, ressource, dossier (aussi : kind:)</source>
            <translation>a fiche type: reference, analyse, cas, ressource, dossier (also: kind: with case, analysis, resource)</translation>
        </message>
        <message>
            <source>un « - » devant exclut : ici, tout sauf les références</source>
            <translation>a « - » in front excludes: here, everything but references</translation>
        </message>
        <message>
            <source>une année (aussi : year:)</source>
            <translation>a year (also: year:)</translation>
        </message>
        <message>
            <source>une période, bornes comprises</source>
            <translation>a period, both ends included</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Aide</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Aide de kb_app</source>
            <translation>kb_app help</translation>
        </message>
        <message>
            <source>Fermer l'aide</source>
            <translation>Close the help</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Concept : </source>
            <translation>Concept: </translation>
        </message>
        <message>
            <source>Consulté le %1</source>
            <translation>Visited on %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Historique des consultations</source>
            <translation>History of visits</translation>
        </message>
        <message>
            <source>Effacer l'historique</source>
            <translation>Clear history</translation>
        </message>
        <message>
            <source>Effacer tout l'historique des consultations ?</source>
            <translation>Clear the whole history of visits?</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <source>Import en cours</source>
            <translation>Importing</translation>
        </message>
        <message>
            <source>Vous pouvez continuer à consulter la bibliothèque.</source>
            <translation>You can keep using the library.</translation>
        </message>
        <message>
            <source>Étape de l'import</source>
            <translation>Import step</translation>
        </message>
        <message>
            <source>Progression de l'import</source>
            <translation>Import progress</translation>
        </message>
        <message>
            <source>Annuler l'import</source>
            <translation>Cancel the import</translation>
        </message>
        <message>
            <source>Annulation…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>ImportText</name>
        <message>
            <source>identique à « %1 »</source>
            <translation>identical to “%1”</translation>
        </message>
        <message>
            <source>mise à jour de « %1 »</source>
            <translation>update of “%1”</translation>
        </message>
        <message>
            <source>(sans titre)</source>
            <translation>(untitled)</translation>
        </message>
        <message numerus="yes">
            <source>%n nouvelle(s)</source>
            <translation>
                <numerusform>%n new</numerusform>
                <numerusform>%n new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n importée(s)</source>
            <translation>
                <numerusform>%n imported</numerusform>
                <numerusform>%n imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mise(s) à jour</source>
            <translation>
                <numerusform>%n update</numerusform>
                <numerusform>%n updates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n identique(s) mise(s) de côté</source>
            <translation>
                <numerusform>%n set aside as identical</numerusform>
                <numerusform>%n set aside as identical</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n écartée(s)</source>
            <translation>
                <numerusform>%n skipped</numerusform>
                <numerusform>%n skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entrée(s) trouvée(s)</source>
            <translation>
                <numerusform>%n entry found</numerusform>
                <numerusform>%n entries found</numerusform>
            </translation>
        </message>
        <message>
            <source>Encodage lu : %1.</source>
            <translation>Read as %1.</translation>
        </message>
        <message>
            <source>Lecture du fichier…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>Ajout des fiches…</source>
            <translation>Adding the fiches…</translation>
        </message>
        <message>
            <source>Le fichier n'est pas en UTF-8 : choisissez son encodage.</source>
            <translation>The file is not UTF-8: choose its encoding.</translation>
        </message>
        <message numerus="yes">
            <source>%n fichier(s) joint(s)</source>
            <translation>
                <numerusform>%n file attached</numerusform>
                <numerusform>%n files attached</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n signalée(s) comme doublon(s) probable(s), à vérifier.</source>
            <translation>
                <numerusform>%n flagged as a likely duplicate, to review.</numerusform>
                <numerusform>%n flagged as likely duplicates, to review.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ajout des fichiers joints…</source>
            <translation>Attaching the files…</translation>
        </message>
        <message>
            <source>Mises de côté comme identiques : %1.</source>
            <translation>Set aside as identical: %1.</translation>
        </message>
        <message>
            <source>choix : %1</source>
            <translation>choice: %1</translation>
        </message>
        <message>
            <source>fusionner</source>
            <translation>merge</translation>
        </message>
        <message>
            <source>importer</source>
            <translation>import</translation>
        </message>
        <message>
            <source>l'entrée de la ligne %1</source>
            <translation>the entry at line %1</translation>
        </message>
        <message>
            <source>ressemble à %1 « %2 » (%3)</source>
            <translation>looks like %1 « %2 » (%3)</translation>
        </message>
        <message>
            <source>ressemble à « %1 » (%2)</source>
            <translation>looks like « %1 » (%2)</translation>
        </message>
        <message>
            <source>écarter</source>
            <translation>skip</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Importer des références</source>
            <translation>Import references</translation>
        </message>
        <message>
            <source>&lt; Précédent</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <source>Suivant &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Terminer</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>Importer</source>
            <translation>Import</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Référence</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Analyse</source>
            <translation>Analysis</translation>
        </message>
        <message>
            <source>Étude de cas</source>
            <translation>Case study</translation>
        </message>
        <message>
            <source>Ressource</source>
            <translation>Resource</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Références</source>
            <translation>References</translation>
        </message>
        <message>
            <source>Analyses</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <source>Études de cas</source>
            <translation>Case studies</translation>
        </message>
        <message>
            <source>Ressources</source>
            <translation>Resources</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>livre</source>
            <translation>book</translation>
        </message>
        <message>
            <source>article</source>
            <translation>article</translation>
        </message>
        <message>
            <source>rapport</source>
            <translation>report</translation>
        </message>
        <message>
            <source>discours</source>
            <translation>speech</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>chapitre</source>
            <translation>chapter</translation>
        </message>
        <message>
            <source>page web</source>
            <translation>web page</translation>
        </message>
        <message>
            <source>thèse</source>
            <translation>thesis</translation>
        </message>
        <message>
            <source>communication</source>
            <translation>conference paper</translation>
        </message>
        <message>
            <source>autre</source>
            <translation>other</translation>
        </message>
        <message>
            <source>auteur</source>
            <translation>author</translation>
        </message>
        <message>
            <source>direction d'ouvrage</source>
            <translation>editor</translation>
        </message>
        <message>
            <source>éditeur</source>
            <translation>publisher</translation>
        </message>
        <message>
            <source>traduction</source>
            <translation>translator</translation>
        </message>
        <message>
            <source>contribution</source>
            <translation>contributor</translation>
        </message>
        <message>
            <source>acteur</source>
            <translation>actor</translation>
        </message>
        <message>
            <source>organisateur</source>
            <translation>organiser</translation>
        </message>
        <message>
            <source>financeur</source>
            <translation>funder</translation>
        </message>
        <message>
            <source>rapporteur</source>
            <translation>rapporteur</translation>
        </message>
        <message>
            <source>personne</source>
            <translation>person</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
        <message>
            <source>locale</source>
            <translation>local</translation>
        </message>
        <message>
            <source>municipale</source>
            <translation>municipal</translation>
        </message>
        <message>
            <source>métropolitaine</source>
            <translation>metropolitan</translation>
        </message>
        <message>
            <source>régionale</source>
            <translation>regional</translation>
        </message>
        <message>
            <source>nationale</source>
            <translation>national</translation>
        </message>
        <message>
            <source>européenne</source>
            <translation>European</translation>
        </message>
        <message>
            <source>internationale</source>
            <translation>international</translation>
        </message>
        <message>
            <source>réseau</source>
            <translation>network</translation>
        </message>
        <message>
            <source>fondation</source>
            <translation>foundation</translation>
        </message>
        <message>
            <source>association</source>
            <translation>association</translation>
        </message>
        <message>
            <source>institut</source>
            <translation>institute</translation>
        </message>
        <message>
            <source>organisme public</source>
            <translation>public body</translation>
        </message>
        <message>
            <source>site web</source>
            <translation>website</translation>
        </message>
        <message>
            <source>cite</source>
            <translation>cites</translation>
        </message>
        <message>
            <source>analyse</source>
            <translation>analyses</translation>
        </message>
        <message>
            <source>illustre</source>
            <translation>illustrates</translation>
        </message>
        <message>
            <source>en rapport avec</source>
            <translation>related to</translation>
        </message>
        <message>
            <source>cité par</source>
            <translation>cited by</translation>
        </message>
        <message>
            <source>analysé par</source>
            <translation>analysed by</translation>
        </message>
        <message>
            <source>illustré par</source>
            <translation>illustrated by</translation>
        </message>
        <message>
            <source>identifiant</source>
            <translation>identifier</translation>
        </message>
        <message>
            <source>type de fiche</source>
            <translation>fiche type</translation>
        </message>
        <message>
            <source>titre</source>
            <translation>title</translation>
        </message>
        <message>
            <source>sous-titre</source>
            <translation>subtitle</translation>
        </message>
        <message>
            <source>langue</source>
            <translation>language</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>résumé</source>
            <translation>summary</translation>
        </message>
        <message>
            <source>concepts</source>
            <translation>concepts</translation>
        </message>
        <message>
            <source>personnes et organisations</source>
            <translation>people and organisations</translation>
        </message>
        <message>
            <source>liens</source>
            <translation>links</translation>
        </message>
        <message>
            <source>sources</source>
            <translation>sources</translation>
        </message>
        <message>
            <source>type</source>
            <translation>type</translation>
        </message>
        <message>
            <source>lieu</source>
            <translation>place</translation>
        </message>
        <message>
            <source>pages</source>
            <translation>pages</translation>
        </message>
        <message>
            <source>collection</source>
            <translation>series</translation>
        </message>
        <message>
            <source>publié dans</source>
            <translation>published in</translation>
        </message>
        <message>
            <source>événement</source>
            <translation>event</translation>
        </message>
        <message>
            <source>adresse web</source>
            <translation>web address</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>DOI</source>
            <translation>DOI</translation>
        </message>
        <message>
            <source>note sur la date</source>
            <translation>note on the date</translation>
        </message>
        <message>
            <source>pays</source>
            <translation>country</translation>
        </message>
        <message>
            <source>échelle</source>
            <translation>scale</translation>
        </message>
        <message>
            <source>début</source>
            <translation>start</translation>
        </message>
        <message>
            <source>fin</source>
            <translation>end</translation>
        </message>
        <message>
            <source>note sur la période</source>
            <translation>note on the period</translation>
        </message>
        <message>
            <source>résultats</source>
            <translation>outcome</translation>
        </message>
        <message>
            <source>type d'organisation</source>
            <translation>organisation type</translation>
        </message>
        <message>
            <source>sigle</source>
            <translation>acronym</translation>
        </message>
        <message>
            <source>année de fondation</source>
            <translation>year founded</translation>
        </message>
        <message>
            <source>siège</source>
            <translation>seat</translation>
        </message>
        <message>
            <source>organisme</source>
            <translation>organisation</translation>
        </message>
        <message>
            <source>séance</source>
            <translation>session</translation>
        </message>
        <message>
            <source>nom</source>
            <translation>name</translation>
        </message>
        <message>
            <source>rôle</source>
            <translation>role</translation>
        </message>
        <message>
            <source>fiche liée</source>
            <translation>linked fiche</translation>
        </message>
        <message>
            <source>libellé</source>
            <translation>label</translation>
        </message>
        <message>
            <source>texte</source>
            <translation>text</translation>
        </message>
        <message>
            <source>volume</source>
            <translation>volume</translation>
        </message>
        <message>
            <source>fascicule</source>
            <translation>issue</translation>
        </message>
        <message>
            <source>édition</source>
            <translation>edition</translation>
        </message>
        <message>
            <source>numéro</source>
            <translation>number</translation>
        </message>
        <message>
            <source>clé de citation</source>
            <translation>citation key</translation>
        </message>
        <message>
            <source>autres champs</source>
            <translation>other fields</translation>
        </message>
        <message>
            <source>BibTeX</source>
            <translation>BibTeX</translation>
        </message>
        <message>
            <source>RIS</source>
            <translation>RIS</translation>
        </message>
        <message>
            <source>CSL-JSON</source>
            <translation>CSL-JSON</translation>
        </message>
        <message>
            <source>SKOS (thésaurus)</source>
            <translation>SKOS (thesaurus)</translation>
        </message>
        <message>
            <source>Markdown (dossier de fiches)</source>
            <translation>Markdown (folder of fiches)</translation>
        </message>
        <message>
            <source>nouvelle</source>
            <translation>new</translation>
        </message>
        <message>
            <source>mise à jour</source>
            <translation>update</translation>
        </message>
        <message>
            <source>doublon</source>
            <translation>duplicate</translation>
        </message>
        <message>
            <source>écartée</source>
            <translation>skipped</translation>
        </message>
        <message>
            <source>même DOI</source>
            <translation>same DOI</translation>
        </message>
        <message>
            <source>même titre, même année, même premier auteur</source>
            <translation>same title, year and first author</translation>
        </message>
        <message>
            <source>titres très proches</source>
            <translation>very similar titles</translation>
        </message>
        <message>
            <source>même identifiant</source>
            <translation>same id</translation>
        </message>
        <message>
            <source>entrée identique</source>
            <translation>same entry</translation>
        </message>
        <message>
            <source>même ISBN et même titre</source>
            <translation>same ISBN and same title</translation>
        </message>
    </context>
    <context>
        <name>Librarian</name>
        <message>
            <source>Fiches importées</source>
            <translation>Imported fiches</translation>
        </message>
        <message numerus="yes">
            <source>Import terminé : %n fiche(s) ajoutée(s)</source>
            <translation>
                <numerusform>Import finished: %n fiche added</numerusform>
                <numerusform>Import finished: %n fiches added</numerusform>
            </translation>
        </message>
        <message>
            <source>« %1 » est fusionnée dans « %2 » (l'autre fiche est à la corbeille).</source>
            <translation>“%1” is merged into “%2” (the other fiche is in the trash).</translation>
        </message>
    </context>
    <context>
        <name>LibraryFiles</name>
        <message>
            <source>Aucune autre bibliothèque</source>
            <translation>No other library</translation>
        </message>
        <message>
            <source>Avec le cours</source>
            <translation>With the course</translation>
        </message>
        <message>
            <source>Avec le cours : les fiches de la séance sur la gestion territoriale des relations entre acteurs et le thésaurus qui les indexe, à lire et à compléter. Vide : ni fiches ni thésaurus, pour vos propres références.</source>
            <translation>With the course: the fiches of the session on the territorial management of relations between actors and the thesaurus that indexes them, to read and to add to. Empty: no fiches and no thesaurus, for your own references.</translation>
        </message>
        <message>
            <source>Bibliothèque déplacée</source>
            <translation>Library moved</translation>
        </message>
        <message>
            <source>Bibliothèque déplacée dans « %1 ».</source>
            <translation>Library moved to %1.</translation>
        </message>
        <message>
            <source>Bibliothèques récentes</source>
            <translation>Recent libraries</translation>
        </message>
        <message>
            <source>Copie de la bibliothèque…</source>
            <translation>Copying the library…</translation>
        </message>
        <message>
            <source>Copie faite dans « %1 », mais elle n'a pas pu être ouverte ici.</source>
            <translation>Copied to %1, but the copy could not be opened here.</translation>
        </message>
        <message>
            <source>Créer avec le cours</source>
            <translation>Create with the course</translation>
        </message>
        <message>
            <source>Créer vide</source>
            <translation>Create empty</translation>
        </message>
        <message>
            <source>Déplacer la bibliothèque : choisissez un dossier vide</source>
            <translation>Move the library: choose an empty folder</translation>
        </message>
        <message>
            <source>La bibliothèque est maintenant dans « %1 » (%2 fiches) et s'y ouvrira au prochain démarrage. L'ancien dossier « %3 » est gardé, avec une note : supprimez-le quand vous aurez vérifié la nouvelle.</source>
            <translation>The library is now in %1 (%2 fiches) and will open there at the next start. The old folder %3 is kept, with a note: delete it once you have checked the new one.</translation>
        </message>
        <message>
            <source>Nouvelle bibliothèque</source>
            <translation>New library</translation>
        </message>
        <message>
            <source>Nouvelle bibliothèque : choisissez un dossier vide</source>
            <translation>New library: choose an empty folder</translation>
        </message>
        <message>
            <source>Nouvelle bibliothèque avec le cours : %1</source>
            <translation>New library with the course: %1</translation>
        </message>
        <message>
            <source>Nouvelle bibliothèque vide : %1</source>
            <translation>New empty library: %1</translation>
        </message>
        <message>
            <source>Ouvrir une bibliothèque</source>
            <translation>Open a library</translation>
        </message>
        <message>
            <source>Que doit contenir la nouvelle bibliothèque « %1 » ?</source>
            <translation>What should the new library %1 hold?</translation>
        </message>
        <message>
            <source>Vide</source>
            <translation>Empty</translation>
        </message>
    </context>
    <context>
        <name>LibraryHost</name>
        <message>
            <source>Ouverture de la bibliothèque…</source>
            <extracomment>How long a call waits, in all, for another program to release the library. How long a busy worker keeps the GIL when the window asks for it (Python's default: 5 ms). Each Qt callback into Python (a delegate's paint, a model's data) takes the GIL; with the worker importing, every one waited up to 5 ms and a repaint stalled for 200–400 ms. Opening an existing library takes about half a second (importing the core): the window already says « Ouverture… », so the dialog is kept for long work (creating and seeding).</extracomment>
            <translation>Opening the library…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>kb_app — gouvernance territoriale</source>
            <translation>kb_app — territorial governance</translation>
        </message>
        <message>
            <source>Filtrer les concepts</source>
            <translation>Filter concepts</translation>
        </message>
        <message>
            <source>Thésaurus</source>
            <translation>Thesaurus</translation>
        </message>
        <message>
            <source>Ouverture de la bibliothèque…</source>
            <translation>Opening the library…</translation>
        </message>
        <message>
            <source>Nombre de résultats</source>
            <translation>Number of results</translation>
        </message>
        <message>
            <source>Lecture de la fiche</source>
            <translation>Fiche reader</translation>
        </message>
        <message>
            <source>Panneau latéral</source>
            <translation>Side panel</translation>
        </message>
        <message>
            <source>Filtres</source>
            <translation>Filters</translation>
        </message>
        <message>
            <source>Panier</source>
            <translation>Basket</translation>
        </message>
        <message>
            <source>Historique</source>
            <translation>History</translation>
        </message>
        <message>
            <source>kb_app — %1</source>
            <translation>kb_app — %1</translation>
        </message>
        <message>
            <source>Aucune bibliothèque ouverte.</source>
            <translation>No library open.</translation>
        </message>
        <message>
            <source>Raccourcis clavier</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>À propos de kb_app</source>
            <translation>About kb_app</translation>
        </message>
        <message>
            <source>Annuler : %1</source>
            <translation>Undo: %1</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Bibliographie…</source>
            <translation>Bibliography…</translation>
        </message>
        <message>
            <source>Bibliographie du panier</source>
            <translation>Bibliography of the basket</translation>
        </message>
        <message>
            <source>Maintenance de ce concept…</source>
            <translation>Maintenance of this concept…</translation>
        </message>
        <message>
            <source>Bibliothèque en lecture seule : les modifications sont désactivées.</source>
            <translation>Read-only library: changes are disabled.</translation>
        </message>
        <message>
            <source>Index de recherche en reconstruction : les résultats peuvent être incomplets.</source>
            <translation>The search index is being rebuilt: results may be incomplete.</translation>
        </message>
        <message>
            <source>Sauvegarde vérifiée : %1</source>
            <translation>Verified backup: %1</translation>
        </message>
        <message>
            <source>Sauvegarde de la bibliothèque…</source>
            <translation>Backing up the library…</translation>
        </message>
        <message>
            <source>La bibliothèque est en bon état.</source>
            <translation>The library is in good order.</translation>
        </message>
        <message>
            <source>Problèmes trouvés :</source>
            <translation>Problems found:</translation>
        </message>
        <message>
            <source>Vérification</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Vérification de la bibliothèque…</source>
            <translation>Checking the library…</translation>
        </message>
        <message>
            <source>Importer…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <source>Exporter…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Copier la citation</source>
            <translation>Copy the citation</translation>
        </message>
        <message>
            <source>Ajouter une pièce jointe…</source>
            <translation>Add an attachment…</translation>
        </message>
        <message>
            <source>Doublons…</source>
            <translation>Duplicates…</translation>
        </message>
        <message>
            <source>Thésaurus…</source>
            <translation>Thesaurus…</translation>
        </message>
        <message>
            <source>Qualité du thésaurus…</source>
            <translation>Thesaurus quality…</translation>
        </message>
        <message>
            <source>Restaurer une sauvegarde…</source>
            <translation>Restore a backup…</translation>
        </message>
        <message>
            <source>Bibliographie du panier…</source>
            <translation>Bibliography of the basket…</translation>
        </message>
        <message>
            <source>Ouvrir une bibliothèque…</source>
            <extracomment>name, text (translated at build time), slot of the window, shortcut(s), icon</extracomment>
            <translation>Open a library…</translation>
        </message>
        <message>
            <source>Exporter le panier…</source>
            <translation>Export the basket…</translation>
        </message>
        <message>
            <source>Imprimer le panier…</source>
            <translation>Print the basket…</translation>
        </message>
        <message>
            <source>Sauvegarder la bibliothèque</source>
            <translation>Back up the library</translation>
        </message>
        <message>
            <source>Vérifier la bibliothèque</source>
            <translation>Check the library</translation>
        </message>
        <message>
            <source>Quitter</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Nouvelle fiche…</source>
            <translation>New fiche…</translation>
        </message>
        <message>
            <source>Modifier la fiche…</source>
            <translation>Edit the fiche…</translation>
        </message>
        <message>
            <source>Mettre la fiche à la corbeille</source>
            <translation>Move the fiche to the trash</translation>
        </message>
        <message>
            <source>Corbeille…</source>
            <translation>Trash…</translation>
        </message>
        <message>
            <source>Nouveau concept…</source>
            <translation>New concept…</translation>
        </message>
        <message>
            <source>Modifier le concept…</source>
            <translation>Edit concept…</translation>
        </message>
        <message>
            <source>Ajouter au panier</source>
            <translation>Add to basket</translation>
        </message>
        <message>
            <source>Précédent</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Suivant</source>
            <translation>Forward</translation>
        </message>
        <message>
            <source>Accueil</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Rechercher</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Aller aux résultats</source>
            <translation>Go to results</translation>
        </message>
        <message>
            <source>Aller à la lecture</source>
            <translation>Go to the reader</translation>
        </message>
        <message>
            <source>Précédent dans le dossier</source>
            <translation>Previous in the dossier</translation>
        </message>
        <message>
            <source>Suivant dans le dossier</source>
            <translation>Next in the dossier</translation>
        </message>
        <message>
            <source>Comparer deux cas…</source>
            <translation>Compare two cases…</translation>
        </message>
        <message>
            <source>&amp;Fichier</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Édition</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Aller</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>&amp;Outils</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>&amp;Aide</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Langue</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Langue du système</source>
            <translation>System language</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>aller à la recherche</source>
            <translation>go to the search bar</translation>
        </message>
        <message>
            <source>Bas (dans la recherche)</source>
            <translation>Down (in the search bar)</translation>
        </message>
        <message>
            <source>parcourir les résultats</source>
            <translation>browse the results</translation>
        </message>
        <message>
            <source>Entrée (dans les résultats)</source>
            <translation>Enter (in the results)</translation>
        </message>
        <message>
            <source>lire la fiche</source>
            <translation>read the fiche</translation>
        </message>
        <message>
            <source>aller aux résultats / à la lecture</source>
            <translation>go to the results / to the reader</translation>
        </message>
        <message>
            <source>page précédente, page suivante</source>
            <translation>previous page, next page</translation>
        </message>
        <message>
            <source>fiche précédente, suivante du dossier</source>
            <translation>previous, next fiche of the dossier</translation>
        </message>
        <message>
            <source>suivre les liens d'une fiche ; les nœuds du graphe</source>
            <translation>follow a fiche's links; the graph's nodes</translation>
        </message>
        <message>
            <source>filtres, thésaurus, panier, historique</source>
            <translation>filters, thesaurus, basket, history</translation>
        </message>
        <message>
            <source>ajouter la fiche au panier</source>
            <translation>add the fiche to the basket</translation>
        </message>
        <message>
            <source>nouvelle fiche, modifier, mettre à la corbeille</source>
            <translation>new fiche, edit, move to the trash</translation>
        </message>
        <message>
            <source>annuler la dernière modification</source>
            <translation>undo the last change</translation>
        </message>
        <message>
            <source>importer des références</source>
            <translation>import references</translation>
        </message>
        <message>
            <source>exporter</source>
            <translation>export</translation>
        </message>
        <message>
            <source>copier la citation de la fiche</source>
            <translation>copy the fiche's citation</translation>
        </message>
        <message>
            <source>comparer deux cas</source>
            <translation>compare two cases</translation>
        </message>
        <message>
            <source>Ajouter un style de citation…</source>
            <translation>Add a citation style…</translation>
        </message>
        <message>
            <source>Copier la citation dans le texte</source>
            <translation>Copy the in-text citation</translation>
        </message>
        <message>
            <source>La bibliothèque est en bon état, mais :</source>
            <translation>The library is sound, but:</translation>
        </message>
        <message numerus="yes">
            <source>%1 retiré(s) de %n fiche(s).</source>
            <translation>
                <numerusform>%1 removed from %n fiche.</numerusform>
                <numerusform>%1 removed from %n fiches.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n déjà dans le panier.</source>
            <translation>
                <numerusform>%n already in the basket.</numerusform>
                <numerusform>%n already in the basket.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fiche(s) ajoutée(s) au dossier « %1 ».</source>
            <translation>
                <numerusform>%n fiche added to the dossier “%1”.</numerusform>
                <numerusform>%n fiches added to the dossier “%1”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fiche(s) ajoutée(s) au panier.</source>
            <translation>
                <numerusform>%n fiche added to the basket.</numerusform>
                <numerusform>%n fiches added to the basket.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fiche(s) exportée(s).</source>
            <translation>
                <numerusform>%n fiche exported.</numerusform>
                <numerusform>%n fiches exported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fiche(s) indexée(s) avec %1.</source>
            <translation>
                <numerusform>%n fiche indexed with %1.</numerusform>
                <numerusform>%n fiches indexed with %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fiche(s) mise(s) à la corbeille.</source>
            <translation>
                <numerusform>%n fiche moved to the trash.</numerusform>
                <numerusform>%n fiches moved to the trash.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fiche(s) ne peuvent pas être citées.</source>
            <translation>
                <numerusform>%n fiche cannot be cited.</numerusform>
                <numerusform>%n fiches cannot be cited.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n référence(s) copiée(s).</source>
            <translation>
                <numerusform>%n reference copied.</numerusform>
                <numerusform>%n references copied.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Sélection</source>
            <translation>&amp;Selection</translation>
        </message>
        <message>
            <source>Affic&amp;hage</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Afficher la fiche du concept</source>
            <translation>Show the concept's page</translation>
        </message>
        <message>
            <source>Aide de kb_app</source>
            <translation>kb_app help</translation>
        </message>
        <message>
            <source>Ajouter la sélection au panier</source>
            <translation>Add the selection to the basket</translation>
        </message>
        <message>
            <source>Ajouter à un dossier…</source>
            <translation>Add to a dossier…</translation>
        </message>
        <message>
            <source>Autres commandes de la barre d'outils</source>
            <translation>More toolbar commands</translation>
        </message>
        <message>
            <source>Barre de menus</source>
            <translation>Menu bar</translation>
        </message>
        <message>
            <source>Citation copiée.</source>
            <translation>Citation copied.</translation>
        </message>
        <message>
            <source>Colonnes et tri des résultats…</source>
            <translation>Result columns and sorting…</translation>
        </message>
        <message>
            <source>Concepts à ajouter à chaque fiche sélectionnée :</source>
            <translation>Concepts to add to each selected fiche:</translation>
        </message>
        <message>
            <source>Concepts à retirer des fiches sélectionnées :</source>
            <translation>Concepts to remove from the selected fiches:</translation>
        </message>
        <message>
            <source>Copier la bibliographie</source>
            <translation>Copy the bibliography</translation>
        </message>
        <message>
            <source>Copier les citations</source>
            <translation>Copy the citations</translation>
        </message>
        <message>
            <source>Descendre</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Effacer les filtres</source>
            <translation>Clear the filters</translation>
        </message>
        <message>
            <source>Enregistrer la pièce jointe</source>
            <translation>Save the attachment</translation>
        </message>
        <message>
            <source>Enregistrer sous…</source>
            <translation>Save as…</translation>
        </message>
        <message>
            <source>Enregistré : %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <source>Exporter la sélection…</source>
            <translation>Export the selection…</translation>
        </message>
        <message>
            <source>Fiches sélectionnées (%1)</source>
            <translation>Selected fiches (%1)</translation>
        </message>
        <message>
            <source>Filtrer les résultats par ce concept</source>
            <translation>Filter the results by this concept</translation>
        </message>
        <message>
            <source>Fusionner les deux fiches…</source>
            <translation>Merge the two fiches…</translation>
        </message>
        <message>
            <source>Indexer</source>
            <translation>Index</translation>
        </message>
        <message numerus="yes">
            <source>Indexer %n fiche(s)</source>
            <translation>
                <numerusform>Index %n fiche</numerusform>
                <numerusform>Index %n fiches</numerusform>
            </translation>
        </message>
        <message>
            <source>Indexer avec un concept…</source>
            <translation>Index with a concept…</translation>
        </message>
        <message>
            <source>Lire la fiche</source>
            <translation>Read the fiche</translation>
        </message>
        <message numerus="yes">
            <source>Mettre %n fiche(s) à la corbeille ? Vous pourrez les restaurer.</source>
            <translation>
                <numerusform>Move %n fiche to the trash? You can restore it.</numerusform>
                <numerusform>Move %n fiches to the trash? You can restore them.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mettre la sélection à la corbeille…</source>
            <translation>Move the selection to the trash…</translation>
        </message>
        <message>
            <source>Mettre à la corbeille</source>
            <translation>Move to the trash</translation>
        </message>
        <message>
            <source>Monter</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Ouvrir</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Rechercher les fiches</source>
            <translation>Search its fiches</translation>
        </message>
        <message>
            <source>Retirer</source>
            <translation>Remove</translation>
        </message>
        <message numerus="yes">
            <source>Retirer des concepts de %n fiche(s)</source>
            <translation>
                <numerusform>Remove concepts from %n fiche</numerusform>
                <numerusform>Remove concepts from %n fiches</numerusform>
            </translation>
        </message>
        <message>
            <source>Retirer du panier</source>
            <translation>Remove from the basket</translation>
        </message>
        <message>
            <source>Retirer un concept…</source>
            <translation>Remove a concept…</translation>
        </message>
        <message>
            <source>Retirer…</source>
            <translation>Remove…</translation>
        </message>
        <message>
            <source>Résultats compacts ou détaillés</source>
            <translation>Compact or detailed results</translation>
        </message>
        <message>
            <source>Rétablir</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Rétablir : %1</source>
            <translation>Redo: %1</translation>
        </message>
        <message>
            <source>aide : recherche, raccourcis, bibliothèque</source>
            <translation>help: searching, shortcuts, library</translation>
        </message>
        <message numerus="yes">
            <source>ajout de %n fiche(s) au dossier</source>
            <translation>
                <numerusform>adding %n fiche to the dossier</numerusform>
                <numerusform>adding %n fiches to the dossier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ajout de %n fiche(s) au panier</source>
            <translation>
                <numerusform>adding %n fiche to the basket</numerusform>
                <numerusform>adding %n fiches to the basket</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>indexation de %n fiche(s)</source>
            <translation>
                <numerusform>indexing %n fiche</numerusform>
                <numerusform>indexing %n fiches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>mise à la corbeille de %n fiche(s)</source>
            <translation>
                <numerusform>trashing %n fiche</numerusform>
                <numerusform>trashing %n fiches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>retrait de concepts de %n fiche(s)</source>
            <translation>
                <numerusform>removing concepts from %n fiche</numerusform>
                <numerusform>removing concepts from %n fiches</numerusform>
            </translation>
        </message>
        <message>
            <source>rétablir la modification annulée</source>
            <translation>redo the undone change</translation>
        </message>
        <message>
            <source>Fermez d'abord %1 : la langue changera ensuite.</source>
            <translation>Close %1 first: the language will change then.</translation>
        </message>
        <message>
            <source>Atlas relationnel</source>
            <translation>Relational atlas</translation>
        </message>
        <message>
            <source>Bibliothèques récentes</source>
            <translation>Recent libraries</translation>
        </message>
        <message>
            <source>Déplacer la bibliothèque…</source>
            <translation>Move library…</translation>
        </message>
        <message>
            <source>Glossaire</source>
            <translation>Glossary</translation>
        </message>
        <message>
            <source>Nouvelle bibliothèque…</source>
            <translation>New library…</translation>
        </message>
        <message>
            <source>Page d'accueil</source>
            <translation>Welcome page</translation>
        </message>
        <message>
            <source>atlas relationnel</source>
            <translation>relational atlas</translation>
        </message>
        <message>
            <source>Les journaux gardent le détail des erreurs</source>
            <translation>The logs keep the details of errors</translation>
        </message>
        <message>
            <source>Ouvrir le dossier des journaux</source>
            <translation>Open the log folder</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Fusionner deux fiches</source>
            <translation>Merge two fiches</translation>
        </message>
        <message>
            <source>Fusionner</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>La fiche A est conservée avec, pour chaque champ qui diffère, la valeur choisie. Les concepts, les liens, les pièces jointes et les dossiers des deux fiches sont tous conservés. La fiche B va à la corbeille (elle pourra être restaurée).</source>
            <translation>Fiche A is kept with, for each field that differs, the value chosen. The concepts, links, attachments and dossiers of both fiches are all kept. Fiche B goes to the trash (it can be restored).</translation>
        </message>
        <message>
            <source>Champs des deux fiches</source>
            <translation>Fields of both fiches</translation>
        </message>
        <message>
            <source>(identique)</source>
            <translation>(the same)</translation>
        </message>
        <message>
            <source>(vide)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>Tout prendre de A</source>
            <translation>Take everything from A</translation>
        </message>
        <message>
            <source>Tout prendre de B</source>
            <translation>Take everything from B</translation>
        </message>
        <message>
            <source>Garder B plutôt que A</source>
            <translation>Keep B rather than A</translation>
        </message>
        <message>
            <source>Échange les deux fiches : B est conservée, A va à la corbeille.</source>
            <translation>Swaps the two fiches: B is kept, A goes to the trash.</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Adresse inconnue : %1</source>
            <translation>Unknown address: %1</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>%1 fiches (%2) et %3 concepts.</source>
            <translation>%1 fiches (%2) and %3 concepts.</translation>
        </message>
        <message>
            <source>Tapez dans la barre de recherche (Ctrl+K) : accents et pluriels facultatifs.</source>
            <translation>Type in the search bar (Ctrl+K): accents and plurals are optional.</translation>
        </message>
        <message>
            <source>Filtrez les résultats par type, concept, année ou dossier dans l'onglet « Filtres ».</source>
            <translation>Filter the results by kind, concept, year or dossier in the “Filters” tab.</translation>
        </message>
        <message>
            <source>Parcourez le thésaurus dans l'onglet « Thésaurus » : chaque concept a sa carte.</source>
            <translation>Browse the thesaurus in the “Thesaurus” tab: every concept has its map.</translation>
        </message>
        <message>
            <source>Gardez vos lectures dans le panier (Ctrl+B) ; exportez-le ou imprimez-le.</source>
            <translation>Keep your reading in the basket (Ctrl+B); export or print it.</translation>
        </message>
        <message>
            <source>Gouvernance territoriale : base de connaissances</source>
            <translation>Territorial governance: a knowledge base</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Concepts les plus présents</source>
            <translation>Most used concepts</translation>
        </message>
        <message>
            <source>Pour commencer</source>
            <translation>Getting started</translation>
        </message>
        <message>
            <source>Accueil</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>En anglais</source>
            <translation>In English</translation>
        </message>
        <message>
            <source>Autres termes</source>
            <translation>Other terms</translation>
        </message>
        <message>
            <source>Plus large</source>
            <translation>Broader</translation>
        </message>
        <message>
            <source>Plus précis</source>
            <translation>Narrower</translation>
        </message>
        <message>
            <source>Associés</source>
            <translation>Related</translation>
        </message>
        <message>
            <source>Groupes</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>%1 fiches indexées avec ce concept, %2 avec ses concepts plus précis compris.</source>
            <translation>%1 fiches indexed with this concept, %2 including its narrower concepts.</translation>
        </message>
        <message>
            <source>Afficher ces fiches dans la liste de résultats</source>
            <translation>Show these fiches in the results list</translation>
        </message>
        <message>
            <source>Concept</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>Aucune fiche pour ce concept.</source>
            <translation>No fiche for this concept.</translation>
        </message>
        <message>
            <source>par « %1 »</source>
            <translation>through “%1”</translation>
        </message>
        <message>
            <source>Lieu</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Pays</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Échelle</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>Période</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Résultats</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Acteurs</source>
            <translation>Actors</translation>
        </message>
        <message>
            <source>aucun</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Seulement dans « %1 »</source>
            <translation>Only in “%1”</translation>
        </message>
        <message>
            <source>Comparaison de deux cas</source>
            <translation>Two cases compared</translation>
        </message>
        <message>
            <source>Concepts communs</source>
            <translation>Shared concepts</translation>
        </message>
        <message>
            <source>Comparaison</source>
            <translation>Comparison</translation>
        </message>
        <message>
            <source>En français</source>
            <translation>In French</translation>
        </message>
        <message numerus="yes">
            <source>%n concept(s) du thésaurus, dans l'ordre alphabétique.</source>
            <translation>
                <numerusform>%n concept of the thesaurus, in alphabetical order.</numerusform>
                <numerusform>%n concepts of the thesaurus, in alphabetical order.</numerusform>
            </translation>
        </message>
        <message>
            <source>Autres termes : %1</source>
            <translation>Other terms: %1</translation>
        </message>
        <message>
            <source>Glossaire</source>
            <translation>Glossary</translation>
        </message>
        <message numerus="yes">
            <source>Présent dans %n fiche(s) :</source>
            <translation>
                <numerusform>In %n fiche:</numerusform>
                <numerusform>In %n fiches:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Aperçu de l'import</source>
            <translation>Import preview</translation>
        </message>
        <message>
            <source>Rien n'est encore modifié : vérifiez ce que l'import fera.</source>
            <translation>Nothing is changed yet: check what the import will do.</translation>
        </message>
        <message>
            <source>Importer</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Reconnu automatiquement</source>
            <translation>Recognised automatically</translation>
        </message>
        <message>
            <source>Encodage</source>
            <translation>Encoding</translation>
        </message>
        <message>
            <source>Automatique (UTF-8 ou encodage déclaré)</source>
            <translation>Automatic (UTF-8 or declared encoding)</translation>
        </message>
        <message>
            <source>Mettre à jour les fiches existantes</source>
            <translation>Update existing fiches</translation>
        </message>
        <message>
            <source>Résumé de l'aperçu</source>
            <translation>Preview summary</translation>
        </message>
        <message>
            <source>Ligne</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Année</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Auteurs</source>
            <translation>Authors</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Entrées du fichier</source>
            <translation>Entries of the file</translation>
        </message>
        <message>
            <source>Emplacement</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Problème</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Problèmes</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>Entrées</source>
            <translation>Entries</translation>
        </message>
        <message>
            <source>Analyse du fichier…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>Entrées (%1)</source>
            <translation>Entries (%1)</translation>
        </message>
        <message>
            <source>Problèmes (%1)</source>
            <translation>Problems (%1)</translation>
        </message>
        <message>
            <source>Les %1 premières sont listées.</source>
            <translation>The first %1 are listed.</translation>
        </message>
        <message>
            <source>Rien à importer.</source>
            <translation>Nothing to import.</translation>
        </message>
        <message>
            <source>L'aperçu n'a pas pu être établi.</source>
            <translation>The preview could not be made.</translation>
        </message>
        <message>
            <source>Entrée signalée comme doublon probable :</source>
            <translation>Entry flagged as a likely duplicate:</translation>
        </message>
        <message>
            <source>Que faire de l'entrée signalée</source>
            <translation>What to do with the flagged entry</translation>
        </message>
        <message>
            <source>Une entrée identique à une fiche déjà présente (même DOI ; même ISBN et même titre ; entrée identique) la met à jour au lieu d'être mise de côté. Une entrée qui lui ressemble seulement est importée et signalée.</source>
            <translation>An entry identical to a fiche already there (same DOI; same ISBN and same title; same entry) updates it instead of being set aside. An entry that only looks like it is imported and flagged.</translation>
        </message>
        <message>
            <source>l'importer (conseillé : vous vérifierez ensuite)</source>
            <translation>import it (advised: you will check afterwards)</translation>
        </message>
        <message>
            <source>l'écarter</source>
            <translation>skip it</translation>
        </message>
        <message>
            <source>la fusionner avec la fiche ou l'entrée semblable</source>
            <translation>merge it with the similar fiche or entry</translation>
        </message>
    </context>
    <context>
        <name>QualityDialog</name>
        <message>
            <source>Qualité du thésaurus</source>
            <translation>Thesaurus quality</translation>
        </message>
        <message>
            <source>Analyse du thésaurus…</source>
            <translation>Examining the thesaurus…</translation>
        </message>
        <message>
            <source>Points à vérifier</source>
            <translation>Points to check</translation>
        </message>
        <message>
            <source>Double-cliquez sur une entrée pour l'ouvrir.</source>
            <translation>Double-click an entry to open it.</translation>
        </message>
        <message>
            <source>Actualiser</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Concepts sans définition</source>
            <translation>Concepts without definition</translation>
        </message>
        <message>
            <source>Fiches sans concept</source>
            <translation>Fiches without concept</translation>
        </message>
        <message>
            <source>Concepts inutilisés</source>
            <translation>Unused concepts</translation>
        </message>
        <message>
            <source>Concepts sans libellé anglais</source>
            <translation>Concepts without English label</translation>
        </message>
        <message>
            <source>Concepts hors de tout groupe</source>
            <translation>Concepts in no group</translation>
        </message>
        <message>
            <source>Cycle dans la hiérarchie</source>
            <translation>Cycle in the hierarchy</translation>
        </message>
        <message numerus="yes">
            <source>%n concept(s) examiné(s).</source>
            <translation>
                <numerusform>%n concept examined.</numerusform>
                <numerusform>%n concepts examined.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) à vérifier.</source>
            <translation>
                <numerusform>%n point to check.</numerusform>
                <numerusform>%n points to check.</numerusform>
            </translation>
        </message>
        <message>
            <source>Libellés en conflit</source>
            <translation>Clashing labels</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Lien refusé : %1</source>
            <translation>Link refused: %1</translation>
        </message>
        <message>
            <source>Ouvrir un lien externe</source>
            <translation>Open an external link</translation>
        </message>
        <message>
            <source>Ouvrir cette adresse dans le navigateur du système ?

%1</source>
            <translation>Open this address in the system's browser?

%1</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>quotidienne</source>
            <translation>daily</translation>
        </message>
        <message>
            <source>à la fermeture</source>
            <translation>on exit</translation>
        </message>
        <message>
            <source>manuelle</source>
            <translation>manual</translation>
        </message>
        <message>
            <source>avant mise à jour</source>
            <translation>before upgrade</translation>
        </message>
        <message>
            <source>autre</source>
            <translation>other</translation>
        </message>
    </context>
    <context>
        <name>RecoveryController</name>
        <message>
            <source>Bibliothèque restaurée depuis la sauvegarde du %1 ; l'ancienne base est conservée sous « %2 ».</source>
            <translation>Library restored from the backup of %1; the previous database is kept as “%2”.</translation>
        </message>
        <message>
            <source>Restauration de la sauvegarde…</source>
            <translation>Restoring the backup…</translation>
        </message>
        <message>
            <source>Dossier de la bibliothèque : %1</source>
            <translation>Library folder: %1</translation>
        </message>
        <message>
            <source>Récupération des données lisibles…</source>
            <translation>Recovering the readable data…</translation>
        </message>
        <message>
            <source>Création d'une bibliothèque vide…</source>
            <translation>Creating an empty library…</translation>
        </message>
        <message>
            <source>Les données lisibles ont été récupérées (« %1 ») ; la base endommagée est conservée à côté.</source>
            <translation>The readable data was recovered (“%1”); the damaged database is kept beside it.</translation>
        </message>
        <message>
            <source>Nouvelle bibliothèque vide ; la base endommagée est conservée à côté.</source>
            <translation>New empty library; the damaged database is kept beside it.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restaurer une sauvegarde</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Choisissez une sauvegarde vérifiée. La base actuelle est conservée à côté sous un autre nom ; les modifications faites depuis la sauvegarde ne seront plus dans la bibliothèque.</source>
            <translation>Choose a verified backup. The current database is kept beside it under another name; changes made since the backup will no longer be in the library.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Taille</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Vérifiée</source>
            <translation>Verified</translation>
        </message>
        <message>
            <source>Sauvegardes</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Cette bibliothèque n'a encore aucune sauvegarde.</source>
            <translation>This library has no backup yet.</translation>
        </message>
        <message>
            <source>Restaurer</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Cette copie ne passe pas sa vérification.</source>
            <translation>This copy fails its check.</translation>
        </message>
    </context>
    <context>
        <name>ResultDelegate</name>
        <message>
            <source>Pourquoi : %1</source>
            <translation>Why: %1</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>Chargement…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>(fiche introuvable)</source>
            <translation>(fiche not found)</translation>
        </message>
        <message>
            <source>Ajoutée le</source>
            <translation>Added on</translation>
        </message>
        <message>
            <source>Année</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Auteurs</source>
            <translation>Authors</translation>
        </message>
        <message>
            <source>Cette colonne ne se trie pas</source>
            <translation>This column cannot be sorted</translation>
        </message>
        <message>
            <source>Concepts</source>
            <translation>Concepts</translation>
        </message>
        <message>
            <source>Correspondance</source>
            <translation>Match</translation>
        </message>
        <message>
            <source>Pourquoi : %1</source>
            <translation>Why: %1</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>concept « %1 »</source>
            <translation>concept “%1”</translation>
        </message>
        <message>
            <source>mots : %1</source>
            <translation>words: %1</translation>
        </message>
        <message>
            <source>texte</source>
            <translation>text</translation>
        </message>
        <message>
            <source>texte du PDF « %1 »</source>
            <translation>text of the PDF “%1”</translation>
        </message>
        <message>
            <source>texte du fichier joint « %1 »</source>
            <translation>text of the attached file “%1”</translation>
        </message>
        <message>
            <source>titre</source>
            <translation>title</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Résultats de la recherche</source>
            <translation>Search results</translation>
        </message>
        <message>
            <source>Affichage détaillé</source>
            <translation>Detailed view</translation>
        </message>
        <message>
            <source>Colonnes des résultats</source>
            <translation>Result columns</translation>
        </message>
        <message>
            <source>Colonnes et tri des résultats</source>
            <translation>Result columns and sorting</translation>
        </message>
        <message>
            <source>Ordre décroissant</source>
            <translation>Descending order</translation>
        </message>
        <message>
            <source>Pertinence</source>
            <translation>Relevance</translation>
        </message>
        <message>
            <source>Trier par</source>
            <translation>Sort by</translation>
        </message>
    </context>
    <context>
        <name>RowsTable</name>
        <message>
            <source>Ajouter une ligne</source>
            <translation>Add a row</translation>
        </message>
        <message>
            <source>Supprimer la ligne</source>
            <translation>Delete the row</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>Rechercher (Ctrl+K) : bien commun, titre:budget, type:cas, annee:2008…</source>
            <translation>Search (Ctrl+K): bien commun, title:budget, type:case, year:2008…</translation>
        </message>
        <message>
            <source>Recherche</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Les résultats se mettent à jour pendant la frappe ; Bas pour les parcourir.</source>
            <translation>Results update as you type; press Down to browse them.</translation>
        </message>
    </context>
    <context>
        <name>SearchController</name>
        <message numerus="yes">
            <source>%n résultat(s)</source>
            <extracomment>Rows asked for on each keystroke: a screenful and more. A smaller top-k is markedly cheaper for the engine on a large library (measured at 100k: 20 rows ≈ 50 ms, 100 ≈ 150 ms); the full list follows once typing pauses.</extracomment>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
        <message>
            <source>environ %1</source>
            <translation>about %1</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>filtrés</source>
            <translation>filtered</translation>
        </message>
        <message>
            <source>index en reconstruction : résultats partiels</source>
            <translation>index being rebuilt: partial results</translation>
        </message>
        <message>
            <source>recherche simple (syntaxe non prise en compte)</source>
            <translation>plain search (syntax not applied)</translation>
        </message>
        <message>
            <source>Aucun résultat pour « %1 » — résultats pour « %2 »</source>
            <translation>No results for “%1” — results for “%2”</translation>
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <source>kb_app est déjà ouvert sur cette bibliothèque (processus %1) ; sa fenêtre a été activée.</source>
            <translation>kb_app is already running on this library (process %1); its window was brought to the front.</translation>
        </message>
        <message>
            <source>kb_app est déjà ouvert sur cette bibliothèque (processus %1) mais ne répond pas ; fermez-le avant de rouvrir la bibliothèque.</source>
            <translation>kb_app is already running on this library (process %1) but does not answer; close it before opening the library again.</translation>
        </message>
    </context>
    <context>
        <name>SourcePage</name>
        <message>
            <source>Fichier à importer</source>
            <translation>File to import</translation>
        </message>
        <message>
            <source>BibTeX (.bib), RIS (.ris), CSL-JSON (.json), thésaurus SKOS (.ttl, .rdf) ou un dossier de fiches Markdown.</source>
            <translation>BibTeX (.bib), RIS (.ris), CSL-JSON (.json), SKOS thesaurus (.ttl, .rdf) or a folder of Markdown fiches.</translation>
        </message>
        <message>
            <source>Chemin du fichier à importer</source>
            <translation>Path of the file to import</translation>
        </message>
        <message>
            <source>Chemin du fichier ou du dossier</source>
            <translation>Path of the file or folder</translation>
        </message>
        <message>
            <source>Choisir un fichier…</source>
            <translation>Choose a file…</translation>
        </message>
        <message>
            <source>Choisir un dossier…</source>
            <translation>Choose a folder…</translation>
        </message>
        <message>
            <source>Choisir le fichier à importer</source>
            <translation>Choose the file to import</translation>
        </message>
        <message>
            <source>Références et thésaurus (*.bib *.bibtex *.ris *.json *.ttl *.rdf *.md *.zip);;Tous les fichiers (*)</source>
            <translation>References and thesauri (*.bib *.bibtex *.ris *.json *.ttl *.rdf *.md *.zip);;All files (*)</translation>
        </message>
        <message>
            <source>Choisir le dossier de fiches Markdown</source>
            <translation>Choose the folder of Markdown fiches</translation>
        </message>
        <message>
            <source>Ce fichier n'existe pas.</source>
            <translation>This file does not exist.</translation>
        </message>
        <message>
            <source>Format non reconnu : vous pourrez le choisir à l'étape suivante.</source>
            <translation>Format not recognised: you can choose it at the next step.</translation>
        </message>
        <message>
            <source>Format reconnu : %1.</source>
            <translation>Format recognised: %1.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Import terminé</source>
            <translation>Import finished</translation>
        </message>
        <message>
            <source>Résumé de l'import</source>
            <translation>Import summary</translation>
        </message>
        <message>
            <source>Emplacement</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Problème</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Problèmes</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>Afficher les fiches importées</source>
            <translation>Show the imported fiches</translation>
        </message>
        <message>
            <source>Import annulé</source>
            <translation>Import cancelled</translation>
        </message>
        <message>
            <source>Import impossible</source>
            <translation>Import failed</translation>
        </message>
        <message>
            <source>Rien n'a été enregistré.</source>
            <translation>Nothing was saved.</translation>
        </message>
        <message>
            <source>La bibliothèque n'a pas été modifiée.</source>
            <translation>The library was not changed.</translation>
        </message>
        <message>
            <source>Les fiches sont enregistrées et déjà consultables.</source>
            <translation>The fiches are saved and can be read already.</translation>
        </message>
        <message numerus="yes">
            <source>Vérifier les %n doublon(s) probable(s)…</source>
            <translation>
                <numerusform>Review the likely duplicate…</numerusform>
                <numerusform>Review the %n likely duplicates…</numerusform>
            </translation>
        </message>
        <message>
            <source>Vérifier les doublons probables…</source>
            <translation>Review the likely duplicates…</translation>
        </message>
    </context>
    <context>
        <name>ThesaurusController</name>
        <message>
            <source>Le concept s'appelle maintenant « %1 ».</source>
            <translation>The concept is now called “%1”.</translation>
        </message>
        <message>
            <source>« %1 » est déplacé.</source>
            <translation>“%1” is moved.</translation>
        </message>
        <message numerus="yes">
            <source>« %1 » est fusionné dans « %2 » : %n fiche(s) déplacée(s).</source>
            <translation>
                <numerusform>“%1” is merged into “%2”: %n fiche moved.</numerusform>
                <numerusform>“%1” is merged into “%2”: %n fiches moved.</numerusform>
            </translation>
        </message>
        <message>
            <source>« %1 » est supprimé.</source>
            <translation>“%1” is deleted.</translation>
        </message>
    </context>
    <context>
        <name>ThesaurusDialog</name>
        <message>
            <source>Maintenance du thésaurus</source>
            <translation>Thesaurus maintenance</translation>
        </message>
        <message>
            <source>Concept à modifier</source>
            <translation>Concept to change</translation>
        </message>
        <message>
            <source>Afficher</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Choisissez un concept.</source>
            <translation>Choose a concept.</translation>
        </message>
        <message>
            <source>Concept</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>Résultat de l'opération</source>
            <translation>Result of the operation</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Tapez un libellé (les accents sont facultatifs)</source>
            <translation>Type a label (accents optional)</translation>
        </message>
        <message>
            <source>Renommer</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>Nouveau libellé français</source>
            <translation>New French label</translation>
        </message>
        <message>
            <source>Nouveau libellé anglais</source>
            <translation>New English label</translation>
        </message>
        <message>
            <source>Garder les anciens libellés comme autres termes</source>
            <translation>Keep the old labels as other terms</translation>
        </message>
        <message>
            <source>Libellé français</source>
            <translation>French label</translation>
        </message>
        <message>
            <source>Libellé anglais</source>
            <translation>English label</translation>
        </message>
        <message>
            <source>Fusionner dans un autre concept</source>
            <translation>Merge into another concept</translation>
        </message>
        <message>
            <source>Ses fiches, ses libellés et ses relations passent au concept choisi ; ce concept-ci disparaît.</source>
            <translation>Its fiches, labels and relations go to the chosen concept; this one disappears.</translation>
        </message>
        <message>
            <source>Concept qui reçoit la fusion</source>
            <translation>Concept that receives the merge</translation>
        </message>
        <message>
            <source>Fusionner…</source>
            <translation>Merge…</translation>
        </message>
        <message>
            <source>Déplacer sous d'autres concepts</source>
            <translation>Move under other concepts</translation>
        </message>
        <message>
            <source>Concepts plus larges (aucun : le concept devient un concept de tête).</source>
            <translation>Broader concepts (none: the concept becomes a top concept).</translation>
        </message>
        <message>
            <source>Déplacer</source>
            <translation>Move</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Supprimer le concept…</source>
            <translation>Delete the concept…</translation>
        </message>
        <message>
            <source>aucun (concept de tête)</source>
            <translation>none (top concept)</translation>
        </message>
        <message numerus="yes">
            <source>« %1 » : %n fiche(s) indexée(s) ; plus large : %2.</source>
            <translation>
                <numerusform>“%1”: %n fiche indexed; broader: %2.</numerusform>
                <numerusform>“%1”: %n fiches indexed; broader: %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ce concept indexe des fiches : il ne peut pas être supprimé. Fusionnez-le plutôt dans un autre concept.</source>
            <translation>This concept indexes fiches: it cannot be deleted. Merge it into another concept instead.</translation>
        </message>
        <message>
            <source>Aucune fiche n'utilise ce concept : il peut être supprimé. Ses concepts plus précis passent sous ses concepts plus larges.</source>
            <translation>No fiche uses this concept: it can be deleted. Its narrower concepts move under its broader ones.</translation>
        </message>
        <message>
            <source>Le libellé français est obligatoire.</source>
            <translation>The French label is required.</translation>
        </message>
        <message>
            <source>Choisissez le concept qui reçoit la fusion.</source>
            <translation>Choose the concept that receives the merge.</translation>
        </message>
        <message>
            <source>Fusionner « %1 » dans « %2 » ? Ses fiches et ses libellés passeront à « %2 » et « %1 » disparaîtra.</source>
            <translation>Merge “%1” into “%2”? Its fiches and labels will go to “%2” and “%1” will disappear.</translation>
        </message>
        <message>
            <source>Fusionner deux concepts</source>
            <translation>Merge two concepts</translation>
        </message>
        <message>
            <source>Supprimer le concept « %1 » ?</source>
            <translation>Delete the concept “%1”?</translation>
        </message>
        <message>
            <source>Supprimer un concept</source>
            <translation>Delete a concept</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Corbeille</source>
            <translation>Trash</translation>
        </message>
        <message>
            <source>Fiches supprimées</source>
            <translation>Deleted fiches</translation>
        </message>
        <message>
            <source>La corbeille est vide.</source>
            <translation>The trash is empty.</translation>
        </message>
        <message>
            <source>Restaurer</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>UndoHistory</name>
        <message>
            <source>Annulé : %1</source>
            <translation>Undone: %1</translation>
        </message>
        <message>
            <source>Impossible d'annuler « %1 » : %2</source>
            <translation>Could not undo “%1”: %2</translation>
        </message>
        <message>
            <source>Impossible de rétablir « %1 » : %2</source>
            <translation>Could not redo “%1”: %2</translation>
        </message>
        <message>
            <source>L'historique des modifications est vidé.</source>
            <translation>The history of changes has been cleared.</translation>
        </message>
        <message>
            <source>Rétabli : %1</source>
            <translation>Redone: %1</translation>
        </message>
        <message>
            <source>la bibliothèque a changé depuis.</source>
            <translation>the library has changed since.</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>%1 fiches trouvées ; tapez vos propres mots dans la barre de recherche</source>
            <translation>%1 fiches found; type your own words in the search bar</translation>
        </message>
        <message>
            <source>%1, fiche après fiche (Alt+Page↓), ou %2 pour en tirer une bibliographie</source>
            <translation>%1, fiche by fiche (Alt+Page Down), or %2 to make a bibliography of it</translation>
        </message>
        <message>
            <source>(sa carte relie ses concepts voisins et ses fiches)</source>
            <translation>(its map links its neighbouring concepts and its fiches)</translation>
        </message>
        <message>
            <source>Bienvenue</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>Bienvenue dans kb_app</source>
            <translation>Welcome to kb_app</translation>
        </message>
        <message>
            <source>Ce que contient cette bibliothèque</source>
            <translation>What this library holds</translation>
        </message>
        <message>
            <source>Cette page revient par Aide › Page d'accueil.</source>
            <translation>This page comes back from Help › Welcome page.</translation>
        </message>
        <message>
            <source>Chercher « %1 »</source>
            <translation>Search for “%1”</translation>
        </message>
        <message>
            <source>Créer une fiche : Édition › Nouvelle fiche… (Ctrl+N)</source>
            <translation>Create a fiche: Edit › New fiche… (Ctrl+N)</translation>
        </message>
        <message>
            <source>Importer vos références : Fichier › Importer… (BibTeX, RIS, CSL-JSON, exports Zotero), ou glisser les fichiers sur la fenêtre</source>
            <translation>Import your references: File › Import… (BibTeX, RIS, CSL-JSON, Zotero exports), or drop the files on the window</translation>
        </message>
        <message>
            <source>La bibliothèque contient :</source>
            <translation>The library holds:</translation>
        </message>
        <message>
            <source>Le cours est le dossier « %1 ». La bibliothèque contient :</source>
            <translation>The course is the dossier “%1”. The library holds:</translation>
        </message>
        <message>
            <source>Lire le dossier « %1 »</source>
            <translation>Read the dossier “%1”</translation>
        </message>
        <message>
            <source>Ouvrir ce dossier dans le gestionnaire de fichiers</source>
            <translation>Open this folder in the file manager</translation>
        </message>
        <message>
            <source>Ouvrir le cours : Fichier › Nouvelle bibliothèque…, « Avec le cours »</source>
            <translation>Open the course: File › New library…, “With the course”</translation>
        </message>
        <message>
            <source>Où vit la bibliothèque</source>
            <translation>Where the library lives</translation>
        </message>
        <message>
            <source>Suivre le concept « %1 » jusqu'à ses %2 cas</source>
            <translation>Follow the concept “%1” to its %2 cases</translation>
        </message>
        <message>
            <source>Tout y est : la base (library.sqlite3), les pièces jointes (attachments) et les sauvegardes (backups). kb_app fait une sauvegarde vérifiée chaque jour et à la fermeture ; Fichier › Sauvegarder la bibliothèque en fait une tout de suite. Pour la mettre à l'abri, copiez le dossier entier sur un autre disque, kb_app fermé ; Fichier › Déplacer la bibliothèque… l'installe ailleurs.</source>
            <translation>Everything is there: the database (library.sqlite3), the attachments and the backups. kb_app makes a verified backup every day and on closing; File › Back up the library makes one at once. To keep it safe, copy the whole folder to another disk with kb_app closed; File › Move library… sets it up elsewhere.</translation>
        </message>
        <message>
            <source>Trois choses à essayer</source>
            <translation>Three things to try</translation>
        </message>
        <message>
            <source>analyse</source>
            <translation>analysis</translation>
        </message>
        <message>
            <source>analyses</source>
            <translation>analyses</translation>
        </message>
        <message>
            <source>cas</source>
            <comment>one case</comment>
            <translation>case</translation>
        </message>
        <message>
            <source>cas</source>
            <comment>several cases</comment>
            <translation>cases</translation>
        </message>
        <message>
            <source>concept du thésaurus</source>
            <translation>thesaurus concept</translation>
        </message>
        <message>
            <source>concepts du thésaurus</source>
            <translation>thesaurus concepts</translation>
        </message>
        <message>
            <source>le mettre dans le panier</source>
            <translation>put it in the basket</translation>
        </message>
        <message>
            <source>organisation ou ressource</source>
            <translation>organisation or resource</translation>
        </message>
        <message>
            <source>organisations et ressources</source>
            <translation>organisations and resources</translation>
        </message>
        <message>
            <source>référence</source>
            <translation>reference</translation>
        </message>
        <message>
            <source>références</source>
            <translation>references</translation>
        </message>
    </context>
    <context>
        <name>WelcomeActions</name>
        <message>
            <source>Adresse inconnue : %1</source>
            <translation>Unknown address: %1</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr_FR">
    <context>
        <name>About</name>
        <message>
            <source>Base de connaissances hors ligne sur la gouvernance territoriale.</source>
            <translation>Base de connaissances hors ligne sur la gouvernance territoriale.</translation>
        </message>
        <message>
            <source>Bibliothèque : %1</source>
            <translation>Bibliothèque : %1</translation>
        </message>
        <message>
            <source>Bibliothèques utilisées (version, licence déclarée) :</source>
            <translation>Bibliothèques utilisées (version, licence déclarée) :</translation>
        </message>
        <message>
            <source>Le cours (fiches) et le thésaurus : rédigés pour kb_app à partir du dossier 30 de CITEGO, dont le fonds est sous licence CC BY-SA 4.0 ; diffusés sous la même licence (CC BY-SA 4.0).</source>
            <translation>Le cours (fiches) et le thésaurus : rédigés pour kb_app à partir du dossier 30 de CITEGO, dont le fonds est sous licence CC BY-SA 4.0 ; diffusés sous la même licence (CC BY-SA 4.0).</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>Licences</translation>
        </message>
        <message>
            <source>Qt et PySide6 (The Qt Company) : LGPL 3.0, utilisés sans modification ; leurs sources sont publiées par le Qt Project.</source>
            <translation>Qt et PySide6 (The Qt Company) : LGPL 3.0, utilisés sans modification ; leurs sources sont publiées par le Qt Project.</translation>
        </message>
        <message>
            <source>Styles de citation ISO 690 et locales CSL (resources/csl) : CC BY-SA 3.0, Citation Style Language ; auteurs et modifications dans resources/csl/ATTRIBUTION.md.</source>
            <translation>Styles de citation ISO 690 et locales CSL (resources/csl) : CC BY-SA 3.0, Citation Style Language ; auteurs et modifications dans resources/csl/ATTRIBUTION.md.</translation>
        </message>
        <message>
            <source>aucune bibliothèque ouverte</source>
            <translation>aucune bibliothèque ouverte</translation>
        </message>
        <message>
            <source>kb_app (le programme) : GNU GPL 3.0 ou toute version ultérieure.</source>
            <translation>kb_app (le programme) : GNU GPL 3.0 ou toute version ultérieure.</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Copier</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copier le texte « À propos »</source>
            <translation>Copier le texte « À propos »</translation>
        </message>
        <message>
            <source>Copié</source>
            <translation>Copié</translation>
        </message>
        <message>
            <source>Fermer « À propos »</source>
            <translation>Fermer « À propos »</translation>
        </message>
    </context>
    <context>
        <name>AtlasView</name>
        <message numerus="yes">
            <source>%1 × %2 : %n fiche(s)</source>
            <translation>
                <numerusform>%1 × %2 : %n fiche</numerusform>
                <numerusform>%1 × %2 : %n fiches</numerusform>
            </translation>
        </message>
        <message>
            <source>Actions de la case</source>
            <translation>Actions de la case</translation>
        </message>
        <message>
            <source>Atlas : %1 × %2</source>
            <translation>Atlas : %1 × %2</translation>
        </message>
        <message>
            <source>Atlas relationnel</source>
            <translation>Atlas relationnel</translation>
        </message>
        <message>
            <source>Composantes du territoire (lignes) × angles de la gouvernance (colonnes) : chaque case compte les fiches indexées avec les deux. Entrée ou un clic liste ses fiches ; un en-tête ouvre la page du concept.</source>
            <translation>Composantes du territoire (lignes) × angles de la gouvernance (colonnes) : chaque case compte les fiches indexées avec les deux. Entrée ou un clic liste ses fiches ; un en-tête ouvre la page du concept.</translation>
        </message>
        <message>
            <source>Flèches pour aller de case en case, Entrée pour lister les fiches de la case, menu contextuel pour le voisinage des deux concepts.</source>
            <translation>Flèches pour aller de case en case, Entrée pour lister les fiches de la case, menu contextuel pour le voisinage des deux concepts.</translation>
        </message>
        <message>
            <source>Le thésaurus de cette bibliothèque n'a pas les deux axes de l'atlas (collections « axe-composantes » et « axe-angles ») : l'atlas est vide.</source>
            <translation>Le thésaurus de cette bibliothèque n'a pas les deux axes de l'atlas (collections « axe-composantes » et « axe-angles ») : l'atlas est vide.</translation>
        </message>
        <message>
            <source>Lister les fiches</source>
            <translation>Lister les fiches</translation>
        </message>
        <message>
            <source>Lister les fiches de la case</source>
            <translation>Lister les fiches de la case</translation>
        </message>
        <message>
            <source>Légende des angles</source>
            <translation>Légende des angles</translation>
        </message>
        <message>
            <source>Voisinage</source>
            <translation>Voisinage</translation>
        </message>
        <message>
            <source>Voisinage de « %1 »</source>
            <translation>Voisinage de « %1 »</translation>
        </message>
        <message>
            <source>Voisinage des deux concepts de la case</source>
            <translation>Voisinage des deux concepts de la case</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>%1 o</source>
            <translation>%1 o</translation>
        </message>
        <message>
            <source>%1 Ko</source>
            <translation>%1 Ko</translation>
        </message>
        <message>
            <source>%1 Mo</source>
            <translation>%1 Mo</translation>
        </message>
        <message>
            <source>%1 Go</source>
            <translation>%1 Go</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Nom</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Taille</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Texte extrait</source>
            <translation>Texte extrait</translation>
        </message>
        <message>
            <source>Pièces jointes</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <source>Ajouter une pièce jointe…</source>
            <translation>Ajouter une pièce jointe…</translation>
        </message>
        <message>
            <source>Ouvrir</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Retirer…</source>
            <translation>Retirer…</translation>
        </message>
        <message>
            <source>oui</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>non</source>
            <translation>non</translation>
        </message>
        <message numerus="yes">
            <source>Pièces jointes : %n</source>
            <translation>
                <numerusform>Pièces jointes : %n</numerusform>
                <numerusform>Pièces jointes : %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Aucune pièce jointe</source>
            <translation>Aucune pièce jointe</translation>
        </message>
        <message>
            <source>Choisir le fichier à joindre</source>
            <translation>Choisir le fichier à joindre</translation>
        </message>
        <message>
            <source>« %1 » est jointe à la fiche.</source>
            <translation>« %1 » est jointe à la fiche.</translation>
        </message>
        <message>
            <source>Aucune application ne peut ouvrir ce fichier.</source>
            <translation>Aucune application ne peut ouvrir ce fichier.</translation>
        </message>
        <message>
            <source>Retirer « %1 » de cette fiche ?</source>
            <translation>Retirer « %1 » de cette fiche ?</translation>
        </message>
        <message>
            <source>Retirer une pièce jointe</source>
            <translation>Retirer une pièce jointe</translation>
        </message>
        <message>
            <source>« %1 » est retirée.</source>
            <translation>« %1 » est retirée.</translation>
        </message>
    </context>
    <context>
        <name>BackupTimer</name>
        <message>
            <source>Sauvegardes automatiques suspendues : la bibliothèque a été trouvée endommagée (Fichier &gt; Restaurer une sauvegarde…).</source>
            <translation>Sauvegardes automatiques suspendues : la bibliothèque a été trouvée endommagée (Fichier &gt; Restaurer une sauvegarde…).</translation>
        </message>
        <message>
            <source>La sauvegarde automatique a échoué : %1</source>
            <translation>La sauvegarde automatique a échoué : %1</translation>
        </message>
    </context>
    <context>
        <name>BasketPanel</name>
        <message>
            <source>Panier de lecture</source>
            <translation>Panier de lecture</translation>
        </message>
        <message>
            <source>Monter</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Descendre</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Retirer</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Vider</source>
            <translation>Vider</translation>
        </message>
        <message>
            <source>Exporter…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Imprimer…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Ajouté au panier.</source>
            <translation>Ajouté au panier.</translation>
        </message>
        <message>
            <source>Déjà dans le panier.</source>
            <translation>Déjà dans le panier.</translation>
        </message>
        <message>
            <source>Liste de lecture</source>
            <translation>Liste de lecture</translation>
        </message>
        <message>
            <source>Exporter le panier</source>
            <translation>Exporter le panier</translation>
        </message>
        <message>
            <source>Markdown (*.md);;Page HTML (*.html);;PDF (*.pdf)</source>
            <translation>Markdown (*.md);;Page HTML (*.html);;PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Panier exporté : %1</source>
            <translation>Panier exporté : %1</translation>
        </message>
        <message>
            <source>PDF enregistré : %1</source>
            <translation>PDF enregistré : %1</translation>
        </message>
        <message>
            <source>Imprimer le panier</source>
            <translation>Imprimer le panier</translation>
        </message>
    </context>
    <context>
        <name>BibliographyDialog</name>
        <message>
            <source>Bibliographie : %1</source>
            <translation>Bibliographie : %1</translation>
        </message>
        <message>
            <source>Bibliographie</source>
            <translation>Bibliographie</translation>
        </message>
        <message>
            <source>Style de citation</source>
            <translation>Style de citation</translation>
        </message>
        <message>
            <source>Bibliographie formatée</source>
            <translation>Bibliographie formatée</translation>
        </message>
        <message>
            <source>Copier</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Enregistrer…</source>
            <translation>Enregistrer…</translation>
        </message>
        <message>
            <source>Style</source>
            <translation>Style</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Fermer</translation>
        </message>
        <message numerus="yes">
            <source>%n référence(s).</source>
            <translation>
                <numerusform>%n référence.</numerusform>
                <numerusform>%n références.</numerusform>
            </translation>
        </message>
        <message>
            <source>Bibliographie copiée.</source>
            <translation>Bibliographie copiée.</translation>
        </message>
        <message>
            <source>Enregistrer la bibliographie</source>
            <translation>Enregistrer la bibliographie</translation>
        </message>
        <message>
            <source>Page HTML (*.html);;Texte (*.txt)</source>
            <translation>Page HTML (*.html);;Texte (*.txt)</translation>
        </message>
        <message>
            <source>Bibliographie enregistrée : %1</source>
            <translation>Bibliographie enregistrée : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n fiche(s) mise(s) à part : elles ne peuvent pas être citées.</source>
            <translation>
                <numerusform>%n fiche mise à part : elle ne peut pas être citée.</numerusform>
                <numerusform>%n fiches mises à part : elles ne peuvent pas être citées.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChooseConceptsDialog</name>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>ChooseDossierDialog</name>
        <message>
            <source>Ajouter</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Ajouter à un dossier</source>
            <translation>Ajouter à un dossier</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message numerus="yes">
            <source>Dossier où ajouter %n fiche(s) :</source>
            <translation>
                <numerusform>Dossier où ajouter %n fiche :</numerusform>
                <numerusform>Dossier où ajouter %n fiches :</numerusform>
            </translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>La bibliothèque n'a aucun dossier.</source>
            <translation>La bibliothèque n'a aucun dossier.</translation>
        </message>
    </context>
    <context>
        <name>Citation</name>
        <message>
            <source>ISO 690 auteur-date</source>
            <translation>ISO 690 auteur-date</translation>
        </message>
        <message>
            <source>ISO 690 numérique</source>
            <translation>ISO 690 numérique</translation>
        </message>
        <message>
            <source>Fiches qui ne peuvent pas être citées</source>
            <translation>Fiches qui ne peuvent pas être citées</translation>
        </message>
        <message>
            <source>LaTeX \cite{clé}</source>
            <translation>LaTeX \cite{clé}</translation>
        </message>
        <message>
            <source>Texte (selon le style)</source>
            <translation>Texte (selon le style)</translation>
        </message>
        <message>
            <source>pandoc [@clé]</source>
            <translation>pandoc [@clé]</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Comparer deux cas</source>
            <translation>Comparer deux cas</translation>
        </message>
        <message>
            <source>Premier cas</source>
            <translation>Premier cas</translation>
        </message>
        <message>
            <source>Second cas</source>
            <translation>Second cas</translation>
        </message>
        <message>
            <source>Comparer</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Il faut au moins deux études de cas.</source>
            <translation>Il faut au moins deux études de cas.</translation>
        </message>
    </context>
    <context>
        <name>ConceptEditor</name>
        <message>
            <source>Modifier le concept</source>
            <translation>Modifier le concept</translation>
        </message>
        <message>
            <source>Nouveau concept</source>
            <translation>Nouveau concept</translation>
        </message>
        <message>
            <source>Libellé français *</source>
            <translation>Libellé français *</translation>
        </message>
        <message>
            <source>Libellé anglais</source>
            <translation>Libellé anglais</translation>
        </message>
        <message>
            <source>Définition</source>
            <translation>Définition</translation>
        </message>
        <message>
            <source>Concepts plus larges</source>
            <translation>Concepts plus larges</translation>
        </message>
        <message>
            <source>Note d'application</source>
            <translation>Note d'application</translation>
        </message>
        <message>
            <source>Autres termes (un par ligne)</source>
            <translation>Autres termes (un par ligne)</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Le libellé français est obligatoire.</source>
            <translation>Le libellé français est obligatoire.</translation>
        </message>
    </context>
    <context>
        <name>ConceptPage</name>
        <message>
            <source>Fiche du concept</source>
            <translation>Fiche du concept</translation>
        </message>
        <message>
            <source>Graphe des concepts voisins</source>
            <translation>Graphe des concepts voisins</translation>
        </message>
        <message>
            <source>Tab pour passer d'un concept à l'autre, Entrée pour l'ouvrir.</source>
            <translation>Tab pour passer d'un concept à l'autre, Entrée pour l'ouvrir.</translation>
        </message>
        <message>
            <source>Voisinage : au-dessus les concepts plus larges, au-dessous les plus précis, sur les côtés (tirets) les concepts associés. Cliquez pour y aller.</source>
            <translation>Voisinage : au-dessus les concepts plus larges, au-dessous les plus précis, sur les côtés (tirets) les concepts associés. Cliquez pour y aller.</translation>
        </message>
    </context>
    <context>
        <name>ConceptPicker</name>
        <message>
            <source>Ajouter un concept (les accents sont facultatifs)</source>
            <translation>Ajouter un concept (les accents sont facultatifs)</translation>
        </message>
        <message>
            <source>Ajouter un concept</source>
            <translation>Ajouter un concept</translation>
        </message>
        <message>
            <source>Ajouter</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Retirer</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Concepts de la fiche</source>
            <translation>Concepts de la fiche</translation>
        </message>
    </context>
    <context>
        <name>ConceptTreeModel</name>
        <message>
            <source>%1 fiches (%2 avec les concepts plus précis)</source>
            <translation>%1 fiches (%2 avec les concepts plus précis)</translation>
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
            <translation>Bibliothèque endommagée</translation>
        </message>
        <message>
            <source>La base de la bibliothèque est endommagée.</source>
            <translation>La base de la bibliothèque est endommagée.</translation>
        </message>
        <message>
            <source>Elle ne peut pas être ouverte. Elle a été mise de côté sous « %1 » : ce fichier n'est jamais supprimé.</source>
            <translation>Elle ne peut pas être ouverte. Elle a été mise de côté sous « %1 » : ce fichier n'est jamais supprimé.</translation>
        </message>
        <message>
            <source>Aucune sauvegarde vérifiée n'est disponible.</source>
            <translation>Aucune sauvegarde vérifiée n'est disponible.</translation>
        </message>
        <message>
            <source>Restaurer la sauvegarde du %1</source>
            <translation>Restaurer la sauvegarde du %1</translation>
        </message>
        <message>
            <source>La copie vérifiée la plus récente ; ce qui a été fait depuis n'y est pas.</source>
            <translation>La copie vérifiée la plus récente ; ce qui a été fait depuis n'y est pas.</translation>
        </message>
        <message>
            <source>Récupérer ce qui peut l'être</source>
            <translation>Récupérer ce qui peut l'être</translation>
        </message>
        <message>
            <source>Copie les données encore lisibles dans une nouvelle base.</source>
            <translation>Copie les données encore lisibles dans une nouvelle base.</translation>
        </message>
        <message>
            <source>Nouvelle bibliothèque vide</source>
            <translation>Nouvelle bibliothèque vide</translation>
        </message>
        <message>
            <source>Commence une bibliothèque vide dans ce dossier.</source>
            <translation>Commence une bibliothèque vide dans ce dossier.</translation>
        </message>
        <message>
            <source>Quitter</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Ferme kb_app sans rien changer de plus.</source>
            <translation>Ferme kb_app sans rien changer de plus.</translation>
        </message>
    </context>
    <context>
        <name>DelayedProgress</name>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Veuillez patienter</source>
            <translation>Veuillez patienter</translation>
        </message>
        <message>
            <source>Progression</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Annulation…</source>
            <translation>Annulation…</translation>
        </message>
    </context>
    <context>
        <name>DetailsForm</name>
        <message>
            <source>Pas de champ particulier pour ce type de fiche.</source>
            <translation>Pas de champ particulier pour ce type de fiche.</translation>
        </message>
    </context>
    <context>
        <name>DropHandler</name>
        <message numerus="yes">
            <source>%n fiche(s) ajoutée(s) au dossier « %1 ».</source>
            <translation>
                <numerusform>%n fiche ajoutée au dossier « %1 ».</numerusform>
                <numerusform>%n fiches ajoutées au dossier « %1 ».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fiche(s) ajoutée(s) au panier.</source>
            <translation>
                <numerusform>%n fiche ajoutée au panier.</numerusform>
                <numerusform>%n fiches ajoutées au panier.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ces fiches sont déjà dans le dossier « %1 ».</source>
            <translation>Ces fiches sont déjà dans le dossier « %1 ».</translation>
        </message>
        <message>
            <source>Déjà dans le panier.</source>
            <translation>Déjà dans le panier.</translation>
        </message>
        <message numerus="yes">
            <source>Déposer pour ajouter %n fiche(s) au dossier « %1 ».</source>
            <translation>
                <numerusform>Déposer pour ajouter %n fiche au dossier « %1 ».</numerusform>
                <numerusform>Déposer pour ajouter %n fiches au dossier « %1 ».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Déposer pour ajouter %n fiche(s) au panier.</source>
            <translation>
                <numerusform>Déposer pour ajouter %n fiche au panier.</numerusform>
                <numerusform>Déposer pour ajouter %n fiches au panier.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Déposer pour importer %n fichier(s).</source>
            <translation>
                <numerusform>Déposer pour importer %n fichier.</numerusform>
                <numerusform>Déposer pour importer %n fichiers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Déposer pour joindre %n fichier(s) à « %1 ».</source>
            <translation>
                <numerusform>Déposer pour joindre %n fichier à « %1 ».</numerusform>
                <numerusform>Déposer pour joindre %n fichiers à « %1 ».</numerusform>
            </translation>
        </message>
        <message>
            <source>Impossible d'importer %1 : seuls les fichiers BibTeX (.bib), RIS (.ris), CSL-JSON (.json), les thésaurus SKOS (.ttl, .rdf), les fiches Markdown (.md, .zip) et les dossiers s'importent.</source>
            <translation>Impossible d'importer %1 : seuls les fichiers BibTeX (.bib), RIS (.ris), CSL-JSON (.json), les thésaurus SKOS (.ttl, .rdf), les fiches Markdown (.md, .zip) et les dossiers s'importent.</translation>
        </message>
        <message>
            <source>La bibliothèque est en lecture seule : rien ne peut y être déposé.</source>
            <translation>La bibliothèque est en lecture seule : rien ne peut y être déposé.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Doublons probables</source>
            <translation>Doublons probables</translation>
        </message>
        <message>
            <source>Recherche des doublons…</source>
            <translation>Recherche des doublons…</translation>
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
            <translation>Raison</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Paires de doublons</source>
            <translation>Paires de doublons</translation>
        </message>
        <message>
            <source>Fusionner…</source>
            <translation>Fusionner…</translation>
        </message>
        <message>
            <source>Lire la fiche A</source>
            <translation>Lire la fiche A</translation>
        </message>
        <message>
            <source>Lire la fiche B</source>
            <translation>Lire la fiche B</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Fermer</translation>
        </message>
        <message numerus="yes">
            <source>%n paire(s) de fiches qui semblent décrire la même œuvre.</source>
            <translation>
                <numerusform>%n paire de fiches qui semblent décrire la même œuvre.</numerusform>
                <numerusform>%n paires de fiches qui semblent décrire la même œuvre.</numerusform>
            </translation>
        </message>
        <message>
            <source>Aucun doublon probable dans la bibliothèque.</source>
            <translation>Aucun doublon probable dans la bibliothèque.</translation>
        </message>
        <message>
            <source>Ces deux fiches décrivent deux œuvres : ne plus proposer cette paire.</source>
            <translation>Ces deux fiches décrivent deux œuvres : ne plus proposer cette paire.</translation>
        </message>
        <message numerus="yes">
            <source>Les %n premières concernent les fiches que l'import vient de signaler.</source>
            <translation>
                <numerusform>La première concerne les fiches que l'import vient de signaler.</numerusform>
                <numerusform>Les %n premières concernent les fiches que l'import vient de signaler.</numerusform>
            </translation>
        </message>
        <message>
            <source>Pas un doublon</source>
            <translation>Pas un doublon</translation>
        </message>
    </context>
    <context>
        <name>EditController</name>
        <message>
            <source>création de « %1 »</source>
            <translation>création de « %1 »</translation>
        </message>
        <message>
            <source>Fiche créée.</source>
            <translation>Fiche créée.</translation>
        </message>
        <message>
            <source>modification de « %1 »</source>
            <translation>modification de « %1 »</translation>
        </message>
        <message>
            <source>Fiche enregistrée.</source>
            <translation>Fiche enregistrée.</translation>
        </message>
        <message>
            <source>Mettre à la corbeille</source>
            <translation>Mettre à la corbeille</translation>
        </message>
        <message>
            <source>Mettre « %1 » à la corbeille ? Vous pourrez la restaurer.</source>
            <translation>Mettre « %1 » à la corbeille ? Vous pourrez la restaurer.</translation>
        </message>
        <message>
            <source>suppression de « %1 »</source>
            <translation>suppression de « %1 »</translation>
        </message>
        <message>
            <source>« %1 » est dans la corbeille.</source>
            <translation>« %1 » est dans la corbeille.</translation>
        </message>
        <message>
            <source>restauration de « %1 »</source>
            <translation>restauration de « %1 »</translation>
        </message>
        <message>
            <source>« %1 » est restaurée.</source>
            <translation>« %1 » est restaurée.</translation>
        </message>
        <message>
            <source>Concept créé.</source>
            <translation>Concept créé.</translation>
        </message>
        <message>
            <source>modification du concept « %1 »</source>
            <translation>modification du concept « %1 »</translation>
        </message>
        <message>
            <source>Concept enregistré.</source>
            <translation>Concept enregistré.</translation>
        </message>
        <message>
            <source>création du concept « %1 »</source>
            <translation>création du concept « %1 »</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>fr</source>
            <translation>fr</translation>
        </message>
        <message>
            <source>Le fichier n'a pas pu être lu ou écrit : %1.</source>
            <translation>Le fichier n'a pas pu être lu ou écrit : %1.</translation>
        </message>
        <message>
            <source>Une erreur inattendue s'est produite (%1) ; le détail est dans le journal.</source>
            <translation>Une erreur inattendue s'est produite (%1) ; le détail est dans le journal.</translation>
        </message>
        <message>
            <source>kb_app</source>
            <translation>kb_app</translation>
        </message>
        <message>
            <source>Message d'erreur</source>
            <translation>Message d'erreur</translation>
        </message>
        <message>
            <source>Copier les détails</source>
            <translation>Copier les détails</translation>
        </message>
        <message>
            <source>Copier les détails de l'erreur</source>
            <translation>Copier les détails de l'erreur</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Exporter</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Le thésaurus entier est exporté.</source>
            <translation>Le thésaurus entier est exporté.</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Choisir…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Fiches</source>
            <translation>Fiches</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Résultats de la recherche (%1)</source>
            <translation>Résultats de la recherche (%1)</translation>
        </message>
        <message>
            <source>Panier (%1)</source>
            <translation>Panier (%1)</translation>
        </message>
        <message>
            <source>Toute la bibliothèque (%1)</source>
            <translation>Toute la bibliothèque (%1)</translation>
        </message>
        <message>
            <source>Choisir un dossier vide pour les fiches</source>
            <translation>Choisir un dossier vide pour les fiches</translation>
        </message>
        <message>
            <source>Exporter vers</source>
            <translation>Exporter vers</translation>
        </message>
        <message>
            <source>Export en cours…</source>
            <translation>Export en cours…</translation>
        </message>
        <message numerus="yes">
            <source>%n concept(s) exporté(s) vers %1.</source>
            <translation>
                <numerusform>%n concept exporté vers %1.</numerusform>
                <numerusform>%n concepts exportés vers %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fiche(s) exportée(s) vers %1.</source>
            <translation>
                <numerusform>%n fiche exportée vers %1.</numerusform>
                <numerusform>%n fiches exportées vers %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FacetsModel</name>
        <message>
            <source>Type de fiche</source>
            <translation>Type de fiche</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Retirer ce filtre</source>
            <translation>Retirer ce filtre</translation>
        </message>
        <message>
            <source>Filtrer sur</source>
            <translation>Filtrer sur</translation>
        </message>
        <message>
            <source>Filtre</source>
            <translation>Filtre</translation>
        </message>
        <message>
            <source>Fiches</source>
            <translation>Fiches</translation>
        </message>
        <message>
            <source>%1 fiche(s), dont %2 indexée(s) avec ce concept même</source>
            <translation>%1 fiche(s), dont %2 indexée(s) avec ce concept même</translation>
        </message>
        <message>
            <source>%1–%2</source>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>Année</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Concepts (plus précis inclus)</source>
            <translation>Concepts (plus précis inclus)</translation>
        </message>
    </context>
    <context>
        <name>FacetsPanel</name>
        <message>
            <source>Filtres des résultats</source>
            <translation>Filtres des résultats</translation>
        </message>
        <message>
            <source>Depuis l'année</source>
            <translation>Depuis l'année</translation>
        </message>
        <message>
            <source>Jusqu'à l'année</source>
            <translation>Jusqu'à l'année</translation>
        </message>
        <message>
            <source>Effacer les filtres</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>Années :</source>
            <translation>Années :</translation>
        </message>
        <message>
            <source>à</source>
            <translation>à</translation>
        </message>
        <message>
            <source>Années des résultats : %1–%2</source>
            <translation>Années des résultats : %1–%2</translation>
        </message>
    </context>
    <context>
        <name>FicheEditor</name>
        <message>
            <source>Modifier la fiche</source>
            <translation>Modifier la fiche</translation>
        </message>
        <message>
            <source>Nouvelle fiche</source>
            <translation>Nouvelle fiche</translation>
        </message>
        <message>
            <source>tiré du titre si vide</source>
            <translation>tiré du titre si vide</translation>
        </message>
        <message>
            <source>AAAA, AAAA-MM ou AAAA-MM-JJ</source>
            <translation>AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>Texte (Markdown)</source>
            <translation>Texte (Markdown)</translation>
        </message>
        <message>
            <source>Personnes et organisations</source>
            <translation>Personnes et organisations</translation>
        </message>
        <message>
            <source>Liens vers d'autres fiches</source>
            <translation>Liens vers d'autres fiches</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Faits non vérifiés, un par ligne</source>
            <translation>Faits non vérifiés, un par ligne</translation>
        </message>
        <message>
            <source>Général</source>
            <translation>Général</translation>
        </message>
        <message>
            <source>Texte</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Détails</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Personnes et liens</source>
            <translation>Personnes et liens</translation>
        </message>
        <message>
            <source>Problèmes à corriger</source>
            <translation>Problèmes à corriger</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Type de fiche</source>
            <translation>Type de fiche</translation>
        </message>
        <message>
            <source>Identifiant</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>Titre *</source>
            <translation>Titre *</translation>
        </message>
        <message>
            <source>Sous-titre</source>
            <translation>Sous-titre</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Langue</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Résumé</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Concepts</source>
            <translation>Concepts</translation>
        </message>
        <message>
            <source>Liens vers d'autres fiches (identifiant de la fiche)</source>
            <translation>Liens vers d'autres fiches (identifiant de la fiche)</translation>
        </message>
        <message>
            <source>Faits non vérifiés (un par ligne)</source>
            <translation>Faits non vérifiés (un par ligne)</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Rôle</source>
            <translation>Rôle</translation>
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
            <translation>Fiche liée</translation>
        </message>
        <message>
            <source>Lien</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Adresse web</source>
            <translation>Adresse web</translation>
        </message>
        <message>
            <source>Le titre est obligatoire.</source>
            <translation>Le titre est obligatoire.</translation>
        </message>
        <message>
            <source>Cliquez de nouveau sur « Enregistrer » pour créer quand même la fiche.</source>
            <translation>Cliquez de nouveau sur « Enregistrer » pour créer quand même la fiche.</translation>
        </message>
        <message>
            <source>Existe déjà :</source>
            <translation>Existe déjà :</translation>
        </message>
        <message>
            <source>Fiches qui ressemblent à celle-ci</source>
            <translation>Fiches qui ressemblent à celle-ci</translation>
        </message>
        <message>
            <source>Ressemble à :</source>
            <translation>Ressemble à :</translation>
        </message>
    </context>
    <context>
        <name>FichePage</name>
        <message>
            <source>Fiches liées</source>
            <translation>Fiches liées</translation>
        </message>
        <message>
            <source>Cité dans</source>
            <translation>Cité dans</translation>
        </message>
        <message>
            <source>Dans les dossiers</source>
            <translation>Dans les dossiers</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Faits non vérifiés</source>
            <translation>Faits non vérifiés</translation>
        </message>
        <message>
            <source>Dossier « %1 » : %2 sur %3</source>
            <translation>Dossier « %1 » : %2 sur %3</translation>
        </message>
        <message>
            <source>précédent</source>
            <translation>précédent</translation>
        </message>
        <message>
            <source>suivant</source>
            <translation>suivant</translation>
        </message>
        <message>
            <source>Par</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>depuis %1</source>
            <translation>depuis %1</translation>
        </message>
        <message>
            <source>période</source>
            <translation>période</translation>
        </message>
        <message>
            <source>Concepts :</source>
            <translation>Concepts :</translation>
        </message>
        <message>
            <source>Personnes et organisations impliquées</source>
            <translation>Personnes et organisations impliquées</translation>
        </message>
        <message>
            <source>Parcours de lecture</source>
            <translation>Parcours de lecture</translation>
        </message>
        <message>
            <source>Commencer la lecture du dossier</source>
            <translation>Commencer la lecture du dossier</translation>
        </message>
        <message>
            <source>Parcours de lecture : %1 fiches, à lire dans cet ordre.</source>
            <translation>Parcours de lecture : %1 fiches, à lire dans cet ordre.</translation>
        </message>
        <message>
            <source>lire dans ce dossier</source>
            <translation>lire dans ce dossier</translation>
        </message>
        <message>
            <source>comparer avec un autre cas</source>
            <translation>comparer avec un autre cas</translation>
        </message>
        <message>
            <source>Identifiant : %1 · modifiée le %2</source>
            <translation>Identifiant : %1 · modifiée le %2</translation>
        </message>
        <message>
            <source>Cette fiche est dans la corbeille.</source>
            <translation>Cette fiche est dans la corbeille.</translation>
        </message>
        <message>
            <source>Restaurer</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Ordre de lecture</source>
            <translation>Ordre de lecture</translation>
        </message>
        <message>
            <source>Questions pour l'étude</source>
            <translation>Questions pour l'étude</translation>
        </message>
    </context>
    <context>
        <name>FicheTools</name>
        <message>
            <source>Style de citation</source>
            <translation>Style de citation</translation>
        </message>
        <message>
            <source>Copier la citation</source>
            <translation>Copier la citation</translation>
        </message>
        <message>
            <source>Bibliographie du dossier…</source>
            <translation>Bibliographie du dossier…</translation>
        </message>
        <message>
            <source>Citation</source>
            <translation>Citation</translation>
        </message>
        <message>
            <source>Citation copiée.</source>
            <translation>Citation copiée.</translation>
        </message>
        <message>
            <source>Ajouter un style de citation</source>
            <translation>Ajouter un style de citation</translation>
        </message>
        <message>
            <source>Citation copiée : %1</source>
            <translation>Citation copiée : %1</translation>
        </message>
        <message>
            <source>Copier la citation dans le texte</source>
            <translation>Copier la citation dans le texte</translation>
        </message>
        <message>
            <source>Dans le texte</source>
            <translation>Dans le texte</translation>
        </message>
        <message>
            <source>Forme de la citation dans le texte</source>
            <translation>Forme de la citation dans le texte</translation>
        </message>
        <message>
            <source>Page ou partie citée</source>
            <translation>Page ou partie citée</translation>
        </message>
        <message>
            <source>Style CSL (*.csl);;Tous les fichiers (*)</source>
            <translation>Style CSL (*.csl);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Style de citation ajouté : %1</source>
            <translation>Style de citation ajouté : %1</translation>
        </message>
        <message>
            <source>Style de citation refusé</source>
            <translation>Style de citation refusé</translation>
        </message>
        <message>
            <source>p. 12</source>
            <translation>p. 12</translation>
        </message>
        <message>
            <source>Copier</source>
            <translation>Copier</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Aide de kb_app</source>
            <translation>Aide de kb_app</translation>
        </message>
        <message>
            <source>Aucune bibliothèque ouverte.</source>
            <translation>Aucune bibliothèque ouverte.</translation>
        </message>
        <message>
            <source>Dossier de la bibliothèque</source>
            <translation>Dossier de la bibliothèque</translation>
        </message>
        <message>
            <source>Où se trouve la bibliothèque</source>
            <translation>Où se trouve la bibliothèque</translation>
        </message>
        <message>
            <source>Pièces jointes</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <source>Raccourcis clavier</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Rechercher</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Requête</source>
            <translation>Requête</translation>
        </message>
        <message>
            <source>Sauvegardes</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Tapez des mots : la recherche ignore les accents et les majuscules et reconnaît les formes d'un même mot (pluriels, féminins). Les opérateurs s'écrivent en majuscules ; les clauses se combinent avec des mots.</source>
            <translation>Tapez des mots : la recherche ignore les accents et les majuscules et reconnaît les formes d'un même mot (pluriels, féminins). Les opérateurs s'écrivent en majuscules ; les clauses se combinent avec des mots.</translation>
        </message>
        <message>
            <source>Trouve</source>
            <translation>Trouve</translation>
        </message>
        <message>
            <source>Une autre bibliothèque s'ouvre par Fichier › Ouvrir une bibliothèque…, ou au démarrage avec kb --library DOSSIER.</source>
            <translation>Une autre bibliothèque s'ouvre par Fichier › Ouvrir une bibliothèque…, ou au démarrage avec kb --library DOSSIER.</translation>
        </message>
        <message>
            <source>depuis 2010 ([* TO 2000] : jusqu'à 2000)</source>
            <translation>depuis 2010 ([* TO 2000] : jusqu'à 2000)</translation>
        </message>
        <message>
            <source>l'expression exacte, mots dans cet ordre</source>
            <translation>l'expression exacte, mots dans cet ordre</translation>
        </message>
        <message>
            <source>l'un ou l'autre mot (aussi : OR)</source>
            <translation>l'un ou l'autre mot (aussi : OR)</translation>
        </message>
        <message>
            <source>le mot dans le résumé ou le texte</source>
            <translation>le mot dans le résumé ou le texte</translation>
        </message>
        <message>
            <source>le mot dans le titre (aussi : title:)</source>
            <translation>le mot dans le titre (aussi : title:)</translation>
        </message>
        <message>
            <source>le mot, même mal orthographié</source>
            <translation>le mot, même mal orthographié</translation>
        </message>
        <message>
            <source>le nom parmi les auteurs (aussi : author:)</source>
            <translation>le nom parmi les auteurs (aussi : author:)</translation>
        </message>
        <message>
            <source>le premier mot, sans le second (aussi : NOT)</source>
            <translation>le premier mot, sans le second (aussi : NOT)</translation>
        </message>
        <message>
            <source>les deux mots (ET ou AND : par défaut)</source>
            <translation>les deux mots (ET ou AND : par défaut)</translation>
        </message>
        <message>
            <source>les fiches d'un dossier, par son identifiant</source>
            <translation>les fiches d'un dossier, par son identifiant</translation>
        </message>
        <message>
            <source>les fiches indexées par ce concept, ses concepts plus précis et ses autres libellés</source>
            <translation>les fiches indexées par ce concept, ses concepts plus précis et ses autres libellés</translation>
        </message>
        <message>
            <source>les fiches qui contiennent les deux mots</source>
            <translation>les fiches qui contiennent les deux mots</translation>
        </message>
        <message>
            <source>les mots qui commencent ainsi</source>
            <translation>les mots qui commencent ainsi</translation>
        </message>
        <message>
            <source>un type de fiche : reference, analyse, cas, ressource, dossier (aussi : kind:)</source>
            <translation>un type de fiche : reference, analyse, cas, ressource, dossier (aussi : kind:)</translation>
        </message>
        <message>
            <source>un « - » devant exclut : ici, tout sauf les références</source>
            <translation>un « - » devant exclut : ici, tout sauf les références</translation>
        </message>
        <message>
            <source>une année (aussi : year:)</source>
            <translation>une année (aussi : year:)</translation>
        </message>
        <message>
            <source>une période, bornes comprises</source>
            <translation>une période, bornes comprises</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Aide</source>
            <translation>Aide</translation>
        </message>
        <message>
            <source>Aide de kb_app</source>
            <translation>Aide de kb_app</translation>
        </message>
        <message>
            <source>Fermer l'aide</source>
            <translation>Fermer l'aide</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Concept : </source>
            <translation>Concept : </translation>
        </message>
        <message>
            <source>Consulté le %1</source>
            <translation>Consulté le %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Historique des consultations</source>
            <translation>Historique des consultations</translation>
        </message>
        <message>
            <source>Effacer l'historique</source>
            <translation>Effacer l'historique</translation>
        </message>
        <message>
            <source>Effacer tout l'historique des consultations ?</source>
            <translation>Effacer tout l'historique des consultations ?</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <source>Import en cours</source>
            <translation>Import en cours</translation>
        </message>
        <message>
            <source>Vous pouvez continuer à consulter la bibliothèque.</source>
            <translation>Vous pouvez continuer à consulter la bibliothèque.</translation>
        </message>
        <message>
            <source>Étape de l'import</source>
            <translation>Étape de l'import</translation>
        </message>
        <message>
            <source>Progression de l'import</source>
            <translation>Progression de l'import</translation>
        </message>
        <message>
            <source>Annuler l'import</source>
            <translation>Annuler l'import</translation>
        </message>
        <message>
            <source>Annulation…</source>
            <translation>Annulation…</translation>
        </message>
    </context>
    <context>
        <name>ImportText</name>
        <message>
            <source>identique à « %1 »</source>
            <translation>identique à « %1 »</translation>
        </message>
        <message>
            <source>mise à jour de « %1 »</source>
            <translation>mise à jour de « %1 »</translation>
        </message>
        <message>
            <source>(sans titre)</source>
            <translation>(sans titre)</translation>
        </message>
        <message numerus="yes">
            <source>%n nouvelle(s)</source>
            <translation>
                <numerusform>%n nouvelle</numerusform>
                <numerusform>%n nouvelles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n importée(s)</source>
            <translation>
                <numerusform>%n importée</numerusform>
                <numerusform>%n importées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mise(s) à jour</source>
            <translation>
                <numerusform>%n mise à jour</numerusform>
                <numerusform>%n mises à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n identique(s) mise(s) de côté</source>
            <translation>
                <numerusform>%n identique mise de côté</numerusform>
                <numerusform>%n identiques mises de côté</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n écartée(s)</source>
            <translation>
                <numerusform>%n écartée</numerusform>
                <numerusform>%n écartées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entrée(s) trouvée(s)</source>
            <translation>
                <numerusform>%n entrée trouvée</numerusform>
                <numerusform>%n entrées trouvées</numerusform>
            </translation>
        </message>
        <message>
            <source>Encodage lu : %1.</source>
            <translation>Encodage lu : %1.</translation>
        </message>
        <message>
            <source>Lecture du fichier…</source>
            <translation>Lecture du fichier…</translation>
        </message>
        <message>
            <source>Ajout des fiches…</source>
            <translation>Ajout des fiches…</translation>
        </message>
        <message>
            <source>Le fichier n'est pas en UTF-8 : choisissez son encodage.</source>
            <translation>Le fichier n'est pas en UTF-8 : choisissez son encodage.</translation>
        </message>
        <message numerus="yes">
            <source>%n fichier(s) joint(s)</source>
            <translation>
                <numerusform>%n fichier joint</numerusform>
                <numerusform>%n fichiers joints</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n signalée(s) comme doublon(s) probable(s), à vérifier.</source>
            <translation>
                <numerusform>%n signalée comme doublon probable, à vérifier.</numerusform>
                <numerusform>%n signalées comme doublons probables, à vérifier.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ajout des fichiers joints…</source>
            <translation>Ajout des fichiers joints…</translation>
        </message>
        <message>
            <source>Mises de côté comme identiques : %1.</source>
            <translation>Mises de côté comme identiques : %1.</translation>
        </message>
        <message>
            <source>choix : %1</source>
            <translation>choix : %1</translation>
        </message>
        <message>
            <source>fusionner</source>
            <translation>fusionner</translation>
        </message>
        <message>
            <source>importer</source>
            <translation>importer</translation>
        </message>
        <message>
            <source>l'entrée de la ligne %1</source>
            <translation>l'entrée de la ligne %1</translation>
        </message>
        <message>
            <source>ressemble à %1 « %2 » (%3)</source>
            <translation>ressemble à %1 « %2 » (%3)</translation>
        </message>
        <message>
            <source>ressemble à « %1 » (%2)</source>
            <translation>ressemble à « %1 » (%2)</translation>
        </message>
        <message>
            <source>écarter</source>
            <translation>écarter</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Importer des références</source>
            <translation>Importer des références</translation>
        </message>
        <message>
            <source>&lt; Précédent</source>
            <translation>&lt; Précédent</translation>
        </message>
        <message>
            <source>Suivant &gt;</source>
            <translation>Suivant &gt;</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Terminer</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <source>Importer</source>
            <translation>Importer</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Référence</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Analyse</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>Étude de cas</source>
            <translation>Étude de cas</translation>
        </message>
        <message>
            <source>Ressource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Références</source>
            <translation>Références</translation>
        </message>
        <message>
            <source>Analyses</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <source>Études de cas</source>
            <translation>Études de cas</translation>
        </message>
        <message>
            <source>Ressources</source>
            <translation>Ressources</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>livre</source>
            <translation>livre</translation>
        </message>
        <message>
            <source>article</source>
            <translation>article</translation>
        </message>
        <message>
            <source>rapport</source>
            <translation>rapport</translation>
        </message>
        <message>
            <source>discours</source>
            <translation>discours</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>chapitre</source>
            <translation>chapitre</translation>
        </message>
        <message>
            <source>page web</source>
            <translation>page web</translation>
        </message>
        <message>
            <source>thèse</source>
            <translation>thèse</translation>
        </message>
        <message>
            <source>communication</source>
            <translation>communication</translation>
        </message>
        <message>
            <source>autre</source>
            <translation>autre</translation>
        </message>
        <message>
            <source>auteur</source>
            <translation>auteur</translation>
        </message>
        <message>
            <source>direction d'ouvrage</source>
            <translation>direction d'ouvrage</translation>
        </message>
        <message>
            <source>éditeur</source>
            <translation>éditeur</translation>
        </message>
        <message>
            <source>traduction</source>
            <translation>traduction</translation>
        </message>
        <message>
            <source>contribution</source>
            <translation>contribution</translation>
        </message>
        <message>
            <source>acteur</source>
            <translation>acteur</translation>
        </message>
        <message>
            <source>organisateur</source>
            <translation>organisateur</translation>
        </message>
        <message>
            <source>financeur</source>
            <translation>financeur</translation>
        </message>
        <message>
            <source>rapporteur</source>
            <translation>rapporteur</translation>
        </message>
        <message>
            <source>personne</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
        <message>
            <source>locale</source>
            <translation>locale</translation>
        </message>
        <message>
            <source>municipale</source>
            <translation>municipale</translation>
        </message>
        <message>
            <source>métropolitaine</source>
            <translation>métropolitaine</translation>
        </message>
        <message>
            <source>régionale</source>
            <translation>régionale</translation>
        </message>
        <message>
            <source>nationale</source>
            <translation>nationale</translation>
        </message>
        <message>
            <source>européenne</source>
            <translation>européenne</translation>
        </message>
        <message>
            <source>internationale</source>
            <translation>internationale</translation>
        </message>
        <message>
            <source>réseau</source>
            <translation>réseau</translation>
        </message>
        <message>
            <source>fondation</source>
            <translation>fondation</translation>
        </message>
        <message>
            <source>association</source>
            <translation>association</translation>
        </message>
        <message>
            <source>institut</source>
            <translation>institut</translation>
        </message>
        <message>
            <source>organisme public</source>
            <translation>organisme public</translation>
        </message>
        <message>
            <source>site web</source>
            <translation>site web</translation>
        </message>
        <message>
            <source>cite</source>
            <translation>cite</translation>
        </message>
        <message>
            <source>analyse</source>
            <translation>analyse</translation>
        </message>
        <message>
            <source>illustre</source>
            <translation>illustre</translation>
        </message>
        <message>
            <source>en rapport avec</source>
            <translation>en rapport avec</translation>
        </message>
        <message>
            <source>cité par</source>
            <translation>cité par</translation>
        </message>
        <message>
            <source>analysé par</source>
            <translation>analysé par</translation>
        </message>
        <message>
            <source>illustré par</source>
            <translation>illustré par</translation>
        </message>
        <message>
            <source>identifiant</source>
            <translation>identifiant</translation>
        </message>
        <message>
            <source>type de fiche</source>
            <translation>type de fiche</translation>
        </message>
        <message>
            <source>titre</source>
            <translation>titre</translation>
        </message>
        <message>
            <source>sous-titre</source>
            <translation>sous-titre</translation>
        </message>
        <message>
            <source>langue</source>
            <translation>langue</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>résumé</source>
            <translation>résumé</translation>
        </message>
        <message>
            <source>concepts</source>
            <translation>concepts</translation>
        </message>
        <message>
            <source>personnes et organisations</source>
            <translation>personnes et organisations</translation>
        </message>
        <message>
            <source>liens</source>
            <translation>liens</translation>
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
            <translation>lieu</translation>
        </message>
        <message>
            <source>pages</source>
            <translation>pages</translation>
        </message>
        <message>
            <source>collection</source>
            <translation>collection</translation>
        </message>
        <message>
            <source>publié dans</source>
            <translation>publié dans</translation>
        </message>
        <message>
            <source>événement</source>
            <translation>événement</translation>
        </message>
        <message>
            <source>adresse web</source>
            <translation>adresse web</translation>
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
            <translation>note sur la date</translation>
        </message>
        <message>
            <source>pays</source>
            <translation>pays</translation>
        </message>
        <message>
            <source>échelle</source>
            <translation>échelle</translation>
        </message>
        <message>
            <source>début</source>
            <translation>début</translation>
        </message>
        <message>
            <source>fin</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>note sur la période</source>
            <translation>note sur la période</translation>
        </message>
        <message>
            <source>résultats</source>
            <translation>résultats</translation>
        </message>
        <message>
            <source>type d'organisation</source>
            <translation>type d'organisation</translation>
        </message>
        <message>
            <source>sigle</source>
            <translation>sigle</translation>
        </message>
        <message>
            <source>année de fondation</source>
            <translation>année de fondation</translation>
        </message>
        <message>
            <source>siège</source>
            <translation>siège</translation>
        </message>
        <message>
            <source>organisme</source>
            <translation>organisme</translation>
        </message>
        <message>
            <source>séance</source>
            <translation>séance</translation>
        </message>
        <message>
            <source>nom</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>rôle</source>
            <translation>rôle</translation>
        </message>
        <message>
            <source>fiche liée</source>
            <translation>fiche liée</translation>
        </message>
        <message>
            <source>libellé</source>
            <translation>libellé</translation>
        </message>
        <message>
            <source>texte</source>
            <translation>texte</translation>
        </message>
        <message>
            <source>volume</source>
            <translation>volume</translation>
        </message>
        <message>
            <source>fascicule</source>
            <translation>fascicule</translation>
        </message>
        <message>
            <source>édition</source>
            <translation>édition</translation>
        </message>
        <message>
            <source>numéro</source>
            <translation>numéro</translation>
        </message>
        <message>
            <source>clé de citation</source>
            <translation>clé de citation</translation>
        </message>
        <message>
            <source>autres champs</source>
            <translation>autres champs</translation>
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
            <translation>SKOS (thésaurus)</translation>
        </message>
        <message>
            <source>Markdown (dossier de fiches)</source>
            <translation>Markdown (dossier de fiches)</translation>
        </message>
        <message>
            <source>nouvelle</source>
            <translation>nouvelle</translation>
        </message>
        <message>
            <source>mise à jour</source>
            <translation>mise à jour</translation>
        </message>
        <message>
            <source>doublon</source>
            <translation>doublon</translation>
        </message>
        <message>
            <source>écartée</source>
            <translation>écartée</translation>
        </message>
        <message>
            <source>même DOI</source>
            <translation>même DOI</translation>
        </message>
        <message>
            <source>même titre, même année, même premier auteur</source>
            <translation>même titre, même année, même premier auteur</translation>
        </message>
        <message>
            <source>titres très proches</source>
            <translation>titres très proches</translation>
        </message>
        <message>
            <source>même identifiant</source>
            <translation>même identifiant</translation>
        </message>
        <message>
            <source>entrée identique</source>
            <translation>entrée identique</translation>
        </message>
        <message>
            <source>même ISBN et même titre</source>
            <translation>même ISBN et même titre</translation>
        </message>
    </context>
    <context>
        <name>Librarian</name>
        <message>
            <source>Fiches importées</source>
            <translation>Fiches importées</translation>
        </message>
        <message numerus="yes">
            <source>Import terminé : %n fiche(s) ajoutée(s)</source>
            <translation>
                <numerusform>Import terminé : %n fiche ajoutée</numerusform>
                <numerusform>Import terminé : %n fiches ajoutées</numerusform>
            </translation>
        </message>
        <message>
            <source>« %1 » est fusionnée dans « %2 » (l'autre fiche est à la corbeille).</source>
            <translation>« %1 » est fusionnée dans « %2 » (l'autre fiche est à la corbeille).</translation>
        </message>
    </context>
    <context>
        <name>LibraryFiles</name>
        <message>
            <source>Aucune autre bibliothèque</source>
            <translation>Aucune autre bibliothèque</translation>
        </message>
        <message>
            <source>Avec le cours</source>
            <translation>Avec le cours</translation>
        </message>
        <message>
            <source>Avec le cours : les fiches de la séance sur la gestion territoriale des relations entre acteurs et le thésaurus qui les indexe, à lire et à compléter. Vide : ni fiches ni thésaurus, pour vos propres références.</source>
            <translation>Avec le cours : les fiches de la séance sur la gestion territoriale des relations entre acteurs et le thésaurus qui les indexe, à lire et à compléter. Vide : ni fiches ni thésaurus, pour vos propres références.</translation>
        </message>
        <message>
            <source>Bibliothèque déplacée</source>
            <translation>Bibliothèque déplacée</translation>
        </message>
        <message>
            <source>Bibliothèque déplacée dans « %1 ».</source>
            <translation>Bibliothèque déplacée dans « %1 ».</translation>
        </message>
        <message>
            <source>Bibliothèques récentes</source>
            <translation>Bibliothèques récentes</translation>
        </message>
        <message>
            <source>Copie de la bibliothèque…</source>
            <translation>Copie de la bibliothèque…</translation>
        </message>
        <message>
            <source>Copie faite dans « %1 », mais elle n'a pas pu être ouverte ici.</source>
            <translation>Copie faite dans « %1 », mais elle n'a pas pu être ouverte ici.</translation>
        </message>
        <message>
            <source>Créer avec le cours</source>
            <translation>Créer avec le cours</translation>
        </message>
        <message>
            <source>Créer vide</source>
            <translation>Créer vide</translation>
        </message>
        <message>
            <source>Déplacer la bibliothèque : choisissez un dossier vide</source>
            <translation>Déplacer la bibliothèque : choisissez un dossier vide</translation>
        </message>
        <message>
            <source>La bibliothèque est maintenant dans « %1 » (%2 fiches) et s'y ouvrira au prochain démarrage. L'ancien dossier « %3 » est gardé, avec une note : supprimez-le quand vous aurez vérifié la nouvelle.</source>
            <translation>La bibliothèque est maintenant dans « %1 » (%2 fiches) et s'y ouvrira au prochain démarrage. L'ancien dossier « %3 » est gardé, avec une note : supprimez-le quand vous aurez vérifié la nouvelle.</translation>
        </message>
        <message>
            <source>Nouvelle bibliothèque</source>
            <translation>Nouvelle bibliothèque</translation>
        </message>
        <message>
            <source>Nouvelle bibliothèque : choisissez un dossier vide</source>
            <translation>Nouvelle bibliothèque : choisissez un dossier vide</translation>
        </message>
        <message>
            <source>Nouvelle bibliothèque avec le cours : %1</source>
            <translation>Nouvelle bibliothèque avec le cours : %1</translation>
        </message>
        <message>
            <source>Nouvelle bibliothèque vide : %1</source>
            <translation>Nouvelle bibliothèque vide : %1</translation>
        </message>
        <message>
            <source>Ouvrir une bibliothèque</source>
            <translation>Ouvrir une bibliothèque</translation>
        </message>
        <message>
            <source>Que doit contenir la nouvelle bibliothèque « %1 » ?</source>
            <translation>Que doit contenir la nouvelle bibliothèque « %1 » ?</translation>
        </message>
        <message>
            <source>Vide</source>
            <translation>Vide</translation>
        </message>
    </context>
    <context>
        <name>LibraryHost</name>
        <message>
            <source>Ouverture de la bibliothèque…</source>
            <extracomment>How long a call waits, in all, for another program to release the library. How long a busy worker keeps the GIL when the window asks for it (Python's default: 5 ms). Each Qt callback into Python (a delegate's paint, a model's data) takes the GIL; with the worker importing, every one waited up to 5 ms and a repaint stalled for 200–400 ms. Opening an existing library takes about half a second (importing the core): the window already says « Ouverture… », so the dialog is kept for long work (creating and seeding).</extracomment>
            <translation>Ouverture de la bibliothèque…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>kb_app — gouvernance territoriale</source>
            <translation>kb_app — gouvernance territoriale</translation>
        </message>
        <message>
            <source>Filtrer les concepts</source>
            <translation>Filtrer les concepts</translation>
        </message>
        <message>
            <source>Thésaurus</source>
            <translation>Thésaurus</translation>
        </message>
        <message>
            <source>Ouverture de la bibliothèque…</source>
            <translation>Ouverture de la bibliothèque…</translation>
        </message>
        <message>
            <source>Nombre de résultats</source>
            <translation>Nombre de résultats</translation>
        </message>
        <message>
            <source>Lecture de la fiche</source>
            <translation>Lecture de la fiche</translation>
        </message>
        <message>
            <source>Panneau latéral</source>
            <translation>Panneau latéral</translation>
        </message>
        <message>
            <source>Filtres</source>
            <translation>Filtres</translation>
        </message>
        <message>
            <source>Panier</source>
            <translation>Panier</translation>
        </message>
        <message>
            <source>Historique</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>kb_app — %1</source>
            <translation>kb_app — %1</translation>
        </message>
        <message>
            <source>Aucune bibliothèque ouverte.</source>
            <translation>Aucune bibliothèque ouverte.</translation>
        </message>
        <message>
            <source>Raccourcis clavier</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>À propos de kb_app</source>
            <translation>À propos de kb_app</translation>
        </message>
        <message>
            <source>Annuler : %1</source>
            <translation>Annuler : %1</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Bibliographie…</source>
            <translation>Bibliographie…</translation>
        </message>
        <message>
            <source>Bibliographie du panier</source>
            <translation>Bibliographie du panier</translation>
        </message>
        <message>
            <source>Maintenance de ce concept…</source>
            <translation>Maintenance de ce concept…</translation>
        </message>
        <message>
            <source>Bibliothèque en lecture seule : les modifications sont désactivées.</source>
            <translation>Bibliothèque en lecture seule : les modifications sont désactivées.</translation>
        </message>
        <message>
            <source>Index de recherche en reconstruction : les résultats peuvent être incomplets.</source>
            <translation>Index de recherche en reconstruction : les résultats peuvent être incomplets.</translation>
        </message>
        <message>
            <source>Sauvegarde vérifiée : %1</source>
            <translation>Sauvegarde vérifiée : %1</translation>
        </message>
        <message>
            <source>Sauvegarde de la bibliothèque…</source>
            <translation>Sauvegarde de la bibliothèque…</translation>
        </message>
        <message>
            <source>La bibliothèque est en bon état.</source>
            <translation>La bibliothèque est en bon état.</translation>
        </message>
        <message>
            <source>Problèmes trouvés :</source>
            <translation>Problèmes trouvés :</translation>
        </message>
        <message>
            <source>Vérification</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>Vérification de la bibliothèque…</source>
            <translation>Vérification de la bibliothèque…</translation>
        </message>
        <message>
            <source>Importer…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <source>Exporter…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Copier la citation</source>
            <translation>Copier la citation</translation>
        </message>
        <message>
            <source>Ajouter une pièce jointe…</source>
            <translation>Ajouter une pièce jointe…</translation>
        </message>
        <message>
            <source>Doublons…</source>
            <translation>Doublons…</translation>
        </message>
        <message>
            <source>Thésaurus…</source>
            <translation>Thésaurus…</translation>
        </message>
        <message>
            <source>Qualité du thésaurus…</source>
            <translation>Qualité du thésaurus…</translation>
        </message>
        <message>
            <source>Restaurer une sauvegarde…</source>
            <translation>Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <source>Bibliographie du panier…</source>
            <translation>Bibliographie du panier…</translation>
        </message>
        <message>
            <source>Ouvrir une bibliothèque…</source>
            <extracomment>name, text (translated at build time), slot of the window, shortcut(s), icon</extracomment>
            <translation>Ouvrir une bibliothèque…</translation>
        </message>
        <message>
            <source>Exporter le panier…</source>
            <translation>Exporter le panier…</translation>
        </message>
        <message>
            <source>Imprimer le panier…</source>
            <translation>Imprimer le panier…</translation>
        </message>
        <message>
            <source>Sauvegarder la bibliothèque</source>
            <translation>Sauvegarder la bibliothèque</translation>
        </message>
        <message>
            <source>Vérifier la bibliothèque</source>
            <translation>Vérifier la bibliothèque</translation>
        </message>
        <message>
            <source>Quitter</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Nouvelle fiche…</source>
            <translation>Nouvelle fiche…</translation>
        </message>
        <message>
            <source>Modifier la fiche…</source>
            <translation>Modifier la fiche…</translation>
        </message>
        <message>
            <source>Mettre la fiche à la corbeille</source>
            <translation>Mettre la fiche à la corbeille</translation>
        </message>
        <message>
            <source>Corbeille…</source>
            <translation>Corbeille…</translation>
        </message>
        <message>
            <source>Nouveau concept…</source>
            <translation>Nouveau concept…</translation>
        </message>
        <message>
            <source>Modifier le concept…</source>
            <translation>Modifier le concept…</translation>
        </message>
        <message>
            <source>Ajouter au panier</source>
            <translation>Ajouter au panier</translation>
        </message>
        <message>
            <source>Précédent</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Suivant</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Accueil</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Rechercher</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Aller aux résultats</source>
            <translation>Aller aux résultats</translation>
        </message>
        <message>
            <source>Aller à la lecture</source>
            <translation>Aller à la lecture</translation>
        </message>
        <message>
            <source>Précédent dans le dossier</source>
            <translation>Précédent dans le dossier</translation>
        </message>
        <message>
            <source>Suivant dans le dossier</source>
            <translation>Suivant dans le dossier</translation>
        </message>
        <message>
            <source>Comparer deux cas…</source>
            <translation>Comparer deux cas…</translation>
        </message>
        <message>
            <source>&amp;Fichier</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Édition</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;Aller</source>
            <translation>&amp;Aller</translation>
        </message>
        <message>
            <source>&amp;Outils</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <source>&amp;Aide</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Langue</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>Langue du système</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>aller à la recherche</source>
            <translation>aller à la recherche</translation>
        </message>
        <message>
            <source>Bas (dans la recherche)</source>
            <translation>Bas (dans la recherche)</translation>
        </message>
        <message>
            <source>parcourir les résultats</source>
            <translation>parcourir les résultats</translation>
        </message>
        <message>
            <source>Entrée (dans les résultats)</source>
            <translation>Entrée (dans les résultats)</translation>
        </message>
        <message>
            <source>lire la fiche</source>
            <translation>lire la fiche</translation>
        </message>
        <message>
            <source>aller aux résultats / à la lecture</source>
            <translation>aller aux résultats / à la lecture</translation>
        </message>
        <message>
            <source>page précédente, page suivante</source>
            <translation>page précédente, page suivante</translation>
        </message>
        <message>
            <source>fiche précédente, suivante du dossier</source>
            <translation>fiche précédente, suivante du dossier</translation>
        </message>
        <message>
            <source>suivre les liens d'une fiche ; les nœuds du graphe</source>
            <translation>suivre les liens d'une fiche ; les nœuds du graphe</translation>
        </message>
        <message>
            <source>filtres, thésaurus, panier, historique</source>
            <translation>filtres, thésaurus, panier, historique</translation>
        </message>
        <message>
            <source>ajouter la fiche au panier</source>
            <translation>ajouter la fiche au panier</translation>
        </message>
        <message>
            <source>nouvelle fiche, modifier, mettre à la corbeille</source>
            <translation>nouvelle fiche, modifier, mettre à la corbeille</translation>
        </message>
        <message>
            <source>annuler la dernière modification</source>
            <translation>annuler la dernière modification</translation>
        </message>
        <message>
            <source>importer des références</source>
            <translation>importer des références</translation>
        </message>
        <message>
            <source>exporter</source>
            <translation>exporter</translation>
        </message>
        <message>
            <source>copier la citation de la fiche</source>
            <translation>copier la citation de la fiche</translation>
        </message>
        <message>
            <source>comparer deux cas</source>
            <translation>comparer deux cas</translation>
        </message>
        <message>
            <source>Ajouter un style de citation…</source>
            <translation>Ajouter un style de citation…</translation>
        </message>
        <message>
            <source>Copier la citation dans le texte</source>
            <translation>Copier la citation dans le texte</translation>
        </message>
        <message>
            <source>La bibliothèque est en bon état, mais :</source>
            <translation>La bibliothèque est en bon état, mais :</translation>
        </message>
        <message numerus="yes">
            <source>%1 retiré(s) de %n fiche(s).</source>
            <translation>
                <numerusform>%1 retiré(s) de %n fiche.</numerusform>
                <numerusform>%1 retiré(s) de %n fiches.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n déjà dans le panier.</source>
            <translation>
                <numerusform>%n déjà dans le panier.</numerusform>
                <numerusform>%n déjà dans le panier.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fiche(s) ajoutée(s) au dossier « %1 ».</source>
            <translation>
                <numerusform>%n fiche ajoutée au dossier « %1 ».</numerusform>
                <numerusform>%n fiches ajoutées au dossier « %1 ».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fiche(s) ajoutée(s) au panier.</source>
            <translation>
                <numerusform>%n fiche ajoutée au panier.</numerusform>
                <numerusform>%n fiches ajoutées au panier.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fiche(s) exportée(s).</source>
            <translation>
                <numerusform>%n fiche exportée.</numerusform>
                <numerusform>%n fiches exportées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fiche(s) indexée(s) avec %1.</source>
            <translation>
                <numerusform>%n fiche indexée avec %1.</numerusform>
                <numerusform>%n fiches indexées avec %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fiche(s) mise(s) à la corbeille.</source>
            <translation>
                <numerusform>%n fiche mise à la corbeille.</numerusform>
                <numerusform>%n fiches mises à la corbeille.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fiche(s) ne peuvent pas être citées.</source>
            <translation>
                <numerusform>%n fiche ne peut pas être citée.</numerusform>
                <numerusform>%n fiches ne peuvent pas être citées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n référence(s) copiée(s).</source>
            <translation>
                <numerusform>%n référence copiée.</numerusform>
                <numerusform>%n références copiées.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Sélection</source>
            <translation>&amp;Sélection</translation>
        </message>
        <message>
            <source>Affic&amp;hage</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <source>Afficher la fiche du concept</source>
            <translation>Afficher la fiche du concept</translation>
        </message>
        <message>
            <source>Aide de kb_app</source>
            <translation>Aide de kb_app</translation>
        </message>
        <message>
            <source>Ajouter la sélection au panier</source>
            <translation>Ajouter la sélection au panier</translation>
        </message>
        <message>
            <source>Ajouter à un dossier…</source>
            <translation>Ajouter à un dossier…</translation>
        </message>
        <message>
            <source>Autres commandes de la barre d'outils</source>
            <translation>Autres commandes de la barre d'outils</translation>
        </message>
        <message>
            <source>Barre de menus</source>
            <translation>Barre de menus</translation>
        </message>
        <message>
            <source>Citation copiée.</source>
            <translation>Citation copiée.</translation>
        </message>
        <message>
            <source>Colonnes et tri des résultats…</source>
            <translation>Colonnes et tri des résultats…</translation>
        </message>
        <message>
            <source>Concepts à ajouter à chaque fiche sélectionnée :</source>
            <translation>Concepts à ajouter à chaque fiche sélectionnée :</translation>
        </message>
        <message>
            <source>Concepts à retirer des fiches sélectionnées :</source>
            <translation>Concepts à retirer des fiches sélectionnées :</translation>
        </message>
        <message>
            <source>Copier la bibliographie</source>
            <translation>Copier la bibliographie</translation>
        </message>
        <message>
            <source>Copier les citations</source>
            <translation>Copier les citations</translation>
        </message>
        <message>
            <source>Descendre</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Effacer les filtres</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>Enregistrer la pièce jointe</source>
            <translation>Enregistrer la pièce jointe</translation>
        </message>
        <message>
            <source>Enregistrer sous…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Enregistré : %1</source>
            <translation>Enregistré : %1</translation>
        </message>
        <message>
            <source>Exporter la sélection…</source>
            <translation>Exporter la sélection…</translation>
        </message>
        <message>
            <source>Fiches sélectionnées (%1)</source>
            <translation>Fiches sélectionnées (%1)</translation>
        </message>
        <message>
            <source>Filtrer les résultats par ce concept</source>
            <translation>Filtrer les résultats par ce concept</translation>
        </message>
        <message>
            <source>Fusionner les deux fiches…</source>
            <translation>Fusionner les deux fiches…</translation>
        </message>
        <message>
            <source>Indexer</source>
            <translation>Indexer</translation>
        </message>
        <message numerus="yes">
            <source>Indexer %n fiche(s)</source>
            <translation>
                <numerusform>Indexer %n fiche</numerusform>
                <numerusform>Indexer %n fiches</numerusform>
            </translation>
        </message>
        <message>
            <source>Indexer avec un concept…</source>
            <translation>Indexer avec un concept…</translation>
        </message>
        <message>
            <source>Lire la fiche</source>
            <translation>Lire la fiche</translation>
        </message>
        <message numerus="yes">
            <source>Mettre %n fiche(s) à la corbeille ? Vous pourrez les restaurer.</source>
            <translation>
                <numerusform>Mettre %n fiche à la corbeille ? Vous pourrez la restaurer.</numerusform>
                <numerusform>Mettre %n fiches à la corbeille ? Vous pourrez les restaurer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mettre la sélection à la corbeille…</source>
            <translation>Mettre la sélection à la corbeille…</translation>
        </message>
        <message>
            <source>Mettre à la corbeille</source>
            <translation>Mettre à la corbeille</translation>
        </message>
        <message>
            <source>Monter</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Ouvrir</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Rechercher les fiches</source>
            <translation>Rechercher les fiches</translation>
        </message>
        <message>
            <source>Retirer</source>
            <translation>Retirer</translation>
        </message>
        <message numerus="yes">
            <source>Retirer des concepts de %n fiche(s)</source>
            <translation>
                <numerusform>Retirer des concepts de %n fiche</numerusform>
                <numerusform>Retirer des concepts de %n fiches</numerusform>
            </translation>
        </message>
        <message>
            <source>Retirer du panier</source>
            <translation>Retirer du panier</translation>
        </message>
        <message>
            <source>Retirer un concept…</source>
            <translation>Retirer un concept…</translation>
        </message>
        <message>
            <source>Retirer…</source>
            <translation>Retirer…</translation>
        </message>
        <message>
            <source>Résultats compacts ou détaillés</source>
            <translation>Résultats compacts ou détaillés</translation>
        </message>
        <message>
            <source>Rétablir</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Rétablir : %1</source>
            <translation>Rétablir : %1</translation>
        </message>
        <message>
            <source>aide : recherche, raccourcis, bibliothèque</source>
            <translation>aide : recherche, raccourcis, bibliothèque</translation>
        </message>
        <message numerus="yes">
            <source>ajout de %n fiche(s) au dossier</source>
            <translation>
                <numerusform>ajout de %n fiche au dossier</numerusform>
                <numerusform>ajout de %n fiches au dossier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ajout de %n fiche(s) au panier</source>
            <translation>
                <numerusform>ajout de %n fiche au panier</numerusform>
                <numerusform>ajout de %n fiches au panier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>indexation de %n fiche(s)</source>
            <translation>
                <numerusform>indexation de %n fiche</numerusform>
                <numerusform>indexation de %n fiches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>mise à la corbeille de %n fiche(s)</source>
            <translation>
                <numerusform>mise à la corbeille de %n fiche</numerusform>
                <numerusform>mise à la corbeille de %n fiches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>retrait de concepts de %n fiche(s)</source>
            <translation>
                <numerusform>retrait de concepts de %n fiche</numerusform>
                <numerusform>retrait de concepts de %n fiches</numerusform>
            </translation>
        </message>
        <message>
            <source>rétablir la modification annulée</source>
            <translation>rétablir la modification annulée</translation>
        </message>
        <message>
            <source>Fermez d'abord %1 : la langue changera ensuite.</source>
            <translation>Fermez d'abord %1 : la langue changera ensuite.</translation>
        </message>
        <message>
            <source>Atlas relationnel</source>
            <translation>Atlas relationnel</translation>
        </message>
        <message>
            <source>Bibliothèques récentes</source>
            <translation>Bibliothèques récentes</translation>
        </message>
        <message>
            <source>Déplacer la bibliothèque…</source>
            <translation>Déplacer la bibliothèque…</translation>
        </message>
        <message>
            <source>Glossaire</source>
            <translation>Glossaire</translation>
        </message>
        <message>
            <source>Nouvelle bibliothèque…</source>
            <translation>Nouvelle bibliothèque…</translation>
        </message>
        <message>
            <source>Page d'accueil</source>
            <translation>Page d'accueil</translation>
        </message>
        <message>
            <source>atlas relationnel</source>
            <translation>atlas relationnel</translation>
        </message>
        <message>
            <source>Les journaux gardent le détail des erreurs</source>
            <translation>Les journaux gardent le détail des erreurs</translation>
        </message>
        <message>
            <source>Ouvrir le dossier des journaux</source>
            <translation>Ouvrir le dossier des journaux</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Fusionner deux fiches</source>
            <translation>Fusionner deux fiches</translation>
        </message>
        <message>
            <source>Fusionner</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>La fiche A est conservée avec, pour chaque champ qui diffère, la valeur choisie. Les concepts, les liens, les pièces jointes et les dossiers des deux fiches sont tous conservés. La fiche B va à la corbeille (elle pourra être restaurée).</source>
            <translation>La fiche A est conservée avec, pour chaque champ qui diffère, la valeur choisie. Les concepts, les liens, les pièces jointes et les dossiers des deux fiches sont tous conservés. La fiche B va à la corbeille (elle pourra être restaurée).</translation>
        </message>
        <message>
            <source>Champs des deux fiches</source>
            <translation>Champs des deux fiches</translation>
        </message>
        <message>
            <source>(identique)</source>
            <translation>(identique)</translation>
        </message>
        <message>
            <source>(vide)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>Tout prendre de A</source>
            <translation>Tout prendre de A</translation>
        </message>
        <message>
            <source>Tout prendre de B</source>
            <translation>Tout prendre de B</translation>
        </message>
        <message>
            <source>Garder B plutôt que A</source>
            <translation>Garder B plutôt que A</translation>
        </message>
        <message>
            <source>Échange les deux fiches : B est conservée, A va à la corbeille.</source>
            <translation>Échange les deux fiches : B est conservée, A va à la corbeille.</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Adresse inconnue : %1</source>
            <translation>Adresse inconnue : %1</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>%1 fiches (%2) et %3 concepts.</source>
            <translation>%1 fiches (%2) et %3 concepts.</translation>
        </message>
        <message>
            <source>Tapez dans la barre de recherche (Ctrl+K) : accents et pluriels facultatifs.</source>
            <translation>Tapez dans la barre de recherche (Ctrl+K) : accents et pluriels facultatifs.</translation>
        </message>
        <message>
            <source>Filtrez les résultats par type, concept, année ou dossier dans l'onglet « Filtres ».</source>
            <translation>Filtrez les résultats par type, concept, année ou dossier dans l'onglet « Filtres ».</translation>
        </message>
        <message>
            <source>Parcourez le thésaurus dans l'onglet « Thésaurus » : chaque concept a sa carte.</source>
            <translation>Parcourez le thésaurus dans l'onglet « Thésaurus » : chaque concept a sa carte.</translation>
        </message>
        <message>
            <source>Gardez vos lectures dans le panier (Ctrl+B) ; exportez-le ou imprimez-le.</source>
            <translation>Gardez vos lectures dans le panier (Ctrl+B) ; exportez-le ou imprimez-le.</translation>
        </message>
        <message>
            <source>Gouvernance territoriale : base de connaissances</source>
            <translation>Gouvernance territoriale : base de connaissances</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Concepts les plus présents</source>
            <translation>Concepts les plus présents</translation>
        </message>
        <message>
            <source>Pour commencer</source>
            <translation>Pour commencer</translation>
        </message>
        <message>
            <source>Accueil</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>En anglais</source>
            <translation>En anglais</translation>
        </message>
        <message>
            <source>Autres termes</source>
            <translation>Autres termes</translation>
        </message>
        <message>
            <source>Plus large</source>
            <translation>Plus large</translation>
        </message>
        <message>
            <source>Plus précis</source>
            <translation>Plus précis</translation>
        </message>
        <message>
            <source>Associés</source>
            <translation>Associés</translation>
        </message>
        <message>
            <source>Groupes</source>
            <translation>Groupes</translation>
        </message>
        <message>
            <source>%1 fiches indexées avec ce concept, %2 avec ses concepts plus précis compris.</source>
            <translation>%1 fiches indexées avec ce concept, %2 avec ses concepts plus précis compris.</translation>
        </message>
        <message>
            <source>Afficher ces fiches dans la liste de résultats</source>
            <translation>Afficher ces fiches dans la liste de résultats</translation>
        </message>
        <message>
            <source>Concept</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>Aucune fiche pour ce concept.</source>
            <translation>Aucune fiche pour ce concept.</translation>
        </message>
        <message>
            <source>par « %1 »</source>
            <translation>par « %1 »</translation>
        </message>
        <message>
            <source>Lieu</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Pays</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Échelle</source>
            <translation>Échelle</translation>
        </message>
        <message>
            <source>Période</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Résultats</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Acteurs</source>
            <translation>Acteurs</translation>
        </message>
        <message>
            <source>aucun</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Seulement dans « %1 »</source>
            <translation>Seulement dans « %1 »</translation>
        </message>
        <message>
            <source>Comparaison de deux cas</source>
            <translation>Comparaison de deux cas</translation>
        </message>
        <message>
            <source>Concepts communs</source>
            <translation>Concepts communs</translation>
        </message>
        <message>
            <source>Comparaison</source>
            <translation>Comparaison</translation>
        </message>
        <message>
            <source>En français</source>
            <translation>En français</translation>
        </message>
        <message numerus="yes">
            <source>%n concept(s) du thésaurus, dans l'ordre alphabétique.</source>
            <translation>
                <numerusform>%n concept du thésaurus, dans l'ordre alphabétique.</numerusform>
                <numerusform>%n concepts du thésaurus, dans l'ordre alphabétique.</numerusform>
            </translation>
        </message>
        <message>
            <source>Autres termes : %1</source>
            <translation>Autres termes : %1</translation>
        </message>
        <message>
            <source>Glossaire</source>
            <translation>Glossaire</translation>
        </message>
        <message numerus="yes">
            <source>Présent dans %n fiche(s) :</source>
            <translation>
                <numerusform>Présent dans %n fiche :</numerusform>
                <numerusform>Présent dans %n fiches :</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Aperçu de l'import</source>
            <translation>Aperçu de l'import</translation>
        </message>
        <message>
            <source>Rien n'est encore modifié : vérifiez ce que l'import fera.</source>
            <translation>Rien n'est encore modifié : vérifiez ce que l'import fera.</translation>
        </message>
        <message>
            <source>Importer</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Reconnu automatiquement</source>
            <translation>Reconnu automatiquement</translation>
        </message>
        <message>
            <source>Encodage</source>
            <translation>Encodage</translation>
        </message>
        <message>
            <source>Automatique (UTF-8 ou encodage déclaré)</source>
            <translation>Automatique (UTF-8 ou encodage déclaré)</translation>
        </message>
        <message>
            <source>Mettre à jour les fiches existantes</source>
            <translation>Mettre à jour les fiches existantes</translation>
        </message>
        <message>
            <source>Résumé de l'aperçu</source>
            <translation>Résumé de l'aperçu</translation>
        </message>
        <message>
            <source>Ligne</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Année</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Auteurs</source>
            <translation>Auteurs</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Entrées du fichier</source>
            <translation>Entrées du fichier</translation>
        </message>
        <message>
            <source>Emplacement</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Problème</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Problèmes</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <source>Entrées</source>
            <translation>Entrées</translation>
        </message>
        <message>
            <source>Analyse du fichier…</source>
            <translation>Analyse du fichier…</translation>
        </message>
        <message>
            <source>Entrées (%1)</source>
            <translation>Entrées (%1)</translation>
        </message>
        <message>
            <source>Problèmes (%1)</source>
            <translation>Problèmes (%1)</translation>
        </message>
        <message>
            <source>Les %1 premières sont listées.</source>
            <translation>Les %1 premières sont listées.</translation>
        </message>
        <message>
            <source>Rien à importer.</source>
            <translation>Rien à importer.</translation>
        </message>
        <message>
            <source>L'aperçu n'a pas pu être établi.</source>
            <translation>L'aperçu n'a pas pu être établi.</translation>
        </message>
        <message>
            <source>Entrée signalée comme doublon probable :</source>
            <translation>Entrée signalée comme doublon probable :</translation>
        </message>
        <message>
            <source>Que faire de l'entrée signalée</source>
            <translation>Que faire de l'entrée signalée</translation>
        </message>
        <message>
            <source>Une entrée identique à une fiche déjà présente (même DOI ; même ISBN et même titre ; entrée identique) la met à jour au lieu d'être mise de côté. Une entrée qui lui ressemble seulement est importée et signalée.</source>
            <translation>Une entrée identique à une fiche déjà présente (même DOI ; même ISBN et même titre ; entrée identique) la met à jour au lieu d'être mise de côté. Une entrée qui lui ressemble seulement est importée et signalée.</translation>
        </message>
        <message>
            <source>l'importer (conseillé : vous vérifierez ensuite)</source>
            <translation>l'importer (conseillé : vous vérifierez ensuite)</translation>
        </message>
        <message>
            <source>l'écarter</source>
            <translation>l'écarter</translation>
        </message>
        <message>
            <source>la fusionner avec la fiche ou l'entrée semblable</source>
            <translation>la fusionner avec la fiche ou l'entrée semblable</translation>
        </message>
    </context>
    <context>
        <name>QualityDialog</name>
        <message>
            <source>Qualité du thésaurus</source>
            <translation>Qualité du thésaurus</translation>
        </message>
        <message>
            <source>Analyse du thésaurus…</source>
            <translation>Analyse du thésaurus…</translation>
        </message>
        <message>
            <source>Points à vérifier</source>
            <translation>Points à vérifier</translation>
        </message>
        <message>
            <source>Double-cliquez sur une entrée pour l'ouvrir.</source>
            <translation>Double-cliquez sur une entrée pour l'ouvrir.</translation>
        </message>
        <message>
            <source>Actualiser</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Concepts sans définition</source>
            <translation>Concepts sans définition</translation>
        </message>
        <message>
            <source>Fiches sans concept</source>
            <translation>Fiches sans concept</translation>
        </message>
        <message>
            <source>Concepts inutilisés</source>
            <translation>Concepts inutilisés</translation>
        </message>
        <message>
            <source>Concepts sans libellé anglais</source>
            <translation>Concepts sans libellé anglais</translation>
        </message>
        <message>
            <source>Concepts hors de tout groupe</source>
            <translation>Concepts hors de tout groupe</translation>
        </message>
        <message>
            <source>Cycle dans la hiérarchie</source>
            <translation>Cycle dans la hiérarchie</translation>
        </message>
        <message numerus="yes">
            <source>%n concept(s) examiné(s).</source>
            <translation>
                <numerusform>%n concept examiné.</numerusform>
                <numerusform>%n concepts examinés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) à vérifier.</source>
            <translation>
                <numerusform>%n point à vérifier.</numerusform>
                <numerusform>%n points à vérifier.</numerusform>
            </translation>
        </message>
        <message>
            <source>Libellés en conflit</source>
            <translation>Libellés en conflit</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Lien refusé : %1</source>
            <translation>Lien refusé : %1</translation>
        </message>
        <message>
            <source>Ouvrir un lien externe</source>
            <translation>Ouvrir un lien externe</translation>
        </message>
        <message>
            <source>Ouvrir cette adresse dans le navigateur du système ?

%1</source>
            <translation>Ouvrir cette adresse dans le navigateur du système ?

%1</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>quotidienne</source>
            <translation>quotidienne</translation>
        </message>
        <message>
            <source>à la fermeture</source>
            <translation>à la fermeture</translation>
        </message>
        <message>
            <source>manuelle</source>
            <translation>manuelle</translation>
        </message>
        <message>
            <source>avant mise à jour</source>
            <translation>avant mise à jour</translation>
        </message>
        <message>
            <source>autre</source>
            <translation>autre</translation>
        </message>
    </context>
    <context>
        <name>RecoveryController</name>
        <message>
            <source>Bibliothèque restaurée depuis la sauvegarde du %1 ; l'ancienne base est conservée sous « %2 ».</source>
            <translation>Bibliothèque restaurée depuis la sauvegarde du %1 ; l'ancienne base est conservée sous « %2 ».</translation>
        </message>
        <message>
            <source>Restauration de la sauvegarde…</source>
            <translation>Restauration de la sauvegarde…</translation>
        </message>
        <message>
            <source>Dossier de la bibliothèque : %1</source>
            <translation>Dossier de la bibliothèque : %1</translation>
        </message>
        <message>
            <source>Récupération des données lisibles…</source>
            <translation>Récupération des données lisibles…</translation>
        </message>
        <message>
            <source>Création d'une bibliothèque vide…</source>
            <translation>Création d'une bibliothèque vide…</translation>
        </message>
        <message>
            <source>Les données lisibles ont été récupérées (« %1 ») ; la base endommagée est conservée à côté.</source>
            <translation>Les données lisibles ont été récupérées (« %1 ») ; la base endommagée est conservée à côté.</translation>
        </message>
        <message>
            <source>Nouvelle bibliothèque vide ; la base endommagée est conservée à côté.</source>
            <translation>Nouvelle bibliothèque vide ; la base endommagée est conservée à côté.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restaurer une sauvegarde</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Choisissez une sauvegarde vérifiée. La base actuelle est conservée à côté sous un autre nom ; les modifications faites depuis la sauvegarde ne seront plus dans la bibliothèque.</source>
            <translation>Choisissez une sauvegarde vérifiée. La base actuelle est conservée à côté sous un autre nom ; les modifications faites depuis la sauvegarde ne seront plus dans la bibliothèque.</translation>
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
            <translation>Taille</translation>
        </message>
        <message>
            <source>Vérifiée</source>
            <translation>Vérifiée</translation>
        </message>
        <message>
            <source>Sauvegardes</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Cette bibliothèque n'a encore aucune sauvegarde.</source>
            <translation>Cette bibliothèque n'a encore aucune sauvegarde.</translation>
        </message>
        <message>
            <source>Restaurer</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Cette copie ne passe pas sa vérification.</source>
            <translation>Cette copie ne passe pas sa vérification.</translation>
        </message>
    </context>
    <context>
        <name>ResultDelegate</name>
        <message>
            <source>Pourquoi : %1</source>
            <translation>Pourquoi : %1</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>Chargement…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>(fiche introuvable)</source>
            <translation>(fiche introuvable)</translation>
        </message>
        <message>
            <source>Ajoutée le</source>
            <translation>Ajoutée le</translation>
        </message>
        <message>
            <source>Année</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Auteurs</source>
            <translation>Auteurs</translation>
        </message>
        <message>
            <source>Cette colonne ne se trie pas</source>
            <translation>Cette colonne ne se trie pas</translation>
        </message>
        <message>
            <source>Concepts</source>
            <translation>Concepts</translation>
        </message>
        <message>
            <source>Correspondance</source>
            <translation>Correspondance</translation>
        </message>
        <message>
            <source>Pourquoi : %1</source>
            <translation>Pourquoi : %1</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>concept « %1 »</source>
            <translation>concept « %1 »</translation>
        </message>
        <message>
            <source>mots : %1</source>
            <translation>mots : %1</translation>
        </message>
        <message>
            <source>texte</source>
            <translation>texte</translation>
        </message>
        <message>
            <source>texte du PDF « %1 »</source>
            <translation>texte du PDF « %1 »</translation>
        </message>
        <message>
            <source>texte du fichier joint « %1 »</source>
            <translation>texte du fichier joint « %1 »</translation>
        </message>
        <message>
            <source>titre</source>
            <translation>titre</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Résultats de la recherche</source>
            <translation>Résultats de la recherche</translation>
        </message>
        <message>
            <source>Affichage détaillé</source>
            <translation>Affichage détaillé</translation>
        </message>
        <message>
            <source>Colonnes des résultats</source>
            <translation>Colonnes des résultats</translation>
        </message>
        <message>
            <source>Colonnes et tri des résultats</source>
            <translation>Colonnes et tri des résultats</translation>
        </message>
        <message>
            <source>Ordre décroissant</source>
            <translation>Ordre décroissant</translation>
        </message>
        <message>
            <source>Pertinence</source>
            <translation>Pertinence</translation>
        </message>
        <message>
            <source>Trier par</source>
            <translation>Trier par</translation>
        </message>
    </context>
    <context>
        <name>RowsTable</name>
        <message>
            <source>Ajouter une ligne</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message>
            <source>Supprimer la ligne</source>
            <translation>Supprimer la ligne</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>Rechercher (Ctrl+K) : bien commun, titre:budget, type:cas, annee:2008…</source>
            <translation>Rechercher (Ctrl+K) : bien commun, titre:budget, type:cas, annee:2008…</translation>
        </message>
        <message>
            <source>Recherche</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>Les résultats se mettent à jour pendant la frappe ; Bas pour les parcourir.</source>
            <translation>Les résultats se mettent à jour pendant la frappe ; Bas pour les parcourir.</translation>
        </message>
    </context>
    <context>
        <name>SearchController</name>
        <message numerus="yes">
            <source>%n résultat(s)</source>
            <extracomment>Rows asked for on each keystroke: a screenful and more. A smaller top-k is markedly cheaper for the engine on a large library (measured at 100k: 20 rows ≈ 50 ms, 100 ≈ 150 ms); the full list follows once typing pauses.</extracomment>
            <translation>
                <numerusform>%n résultat</numerusform>
                <numerusform>%n résultats</numerusform>
            </translation>
        </message>
        <message>
            <source>environ %1</source>
            <translation>environ %1</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>filtrés</source>
            <translation>filtrés</translation>
        </message>
        <message>
            <source>index en reconstruction : résultats partiels</source>
            <translation>index en reconstruction : résultats partiels</translation>
        </message>
        <message>
            <source>recherche simple (syntaxe non prise en compte)</source>
            <translation>recherche simple (syntaxe non prise en compte)</translation>
        </message>
        <message>
            <source>Aucun résultat pour « %1 » — résultats pour « %2 »</source>
            <translation>Aucun résultat pour « %1 » — résultats pour « %2 »</translation>
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <source>kb_app est déjà ouvert sur cette bibliothèque (processus %1) ; sa fenêtre a été activée.</source>
            <translation>kb_app est déjà ouvert sur cette bibliothèque (processus %1) ; sa fenêtre a été activée.</translation>
        </message>
        <message>
            <source>kb_app est déjà ouvert sur cette bibliothèque (processus %1) mais ne répond pas ; fermez-le avant de rouvrir la bibliothèque.</source>
            <translation>kb_app est déjà ouvert sur cette bibliothèque (processus %1) mais ne répond pas ; fermez-le avant de rouvrir la bibliothèque.</translation>
        </message>
    </context>
    <context>
        <name>SourcePage</name>
        <message>
            <source>Fichier à importer</source>
            <translation>Fichier à importer</translation>
        </message>
        <message>
            <source>BibTeX (.bib), RIS (.ris), CSL-JSON (.json), thésaurus SKOS (.ttl, .rdf) ou un dossier de fiches Markdown.</source>
            <translation>BibTeX (.bib), RIS (.ris), CSL-JSON (.json), thésaurus SKOS (.ttl, .rdf) ou un dossier de fiches Markdown.</translation>
        </message>
        <message>
            <source>Chemin du fichier à importer</source>
            <translation>Chemin du fichier à importer</translation>
        </message>
        <message>
            <source>Chemin du fichier ou du dossier</source>
            <translation>Chemin du fichier ou du dossier</translation>
        </message>
        <message>
            <source>Choisir un fichier…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <source>Choisir un dossier…</source>
            <translation>Choisir un dossier…</translation>
        </message>
        <message>
            <source>Choisir le fichier à importer</source>
            <translation>Choisir le fichier à importer</translation>
        </message>
        <message>
            <source>Références et thésaurus (*.bib *.bibtex *.ris *.json *.ttl *.rdf *.md *.zip);;Tous les fichiers (*)</source>
            <translation>Références et thésaurus (*.bib *.bibtex *.ris *.json *.ttl *.rdf *.md *.zip);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Choisir le dossier de fiches Markdown</source>
            <translation>Choisir le dossier de fiches Markdown</translation>
        </message>
        <message>
            <source>Ce fichier n'existe pas.</source>
            <translation>Ce fichier n'existe pas.</translation>
        </message>
        <message>
            <source>Format non reconnu : vous pourrez le choisir à l'étape suivante.</source>
            <translation>Format non reconnu : vous pourrez le choisir à l'étape suivante.</translation>
        </message>
        <message>
            <source>Format reconnu : %1.</source>
            <translation>Format reconnu : %1.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Import terminé</source>
            <translation>Import terminé</translation>
        </message>
        <message>
            <source>Résumé de l'import</source>
            <translation>Résumé de l'import</translation>
        </message>
        <message>
            <source>Emplacement</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Problème</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Problèmes</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <source>Afficher les fiches importées</source>
            <translation>Afficher les fiches importées</translation>
        </message>
        <message>
            <source>Import annulé</source>
            <translation>Import annulé</translation>
        </message>
        <message>
            <source>Import impossible</source>
            <translation>Import impossible</translation>
        </message>
        <message>
            <source>Rien n'a été enregistré.</source>
            <translation>Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>La bibliothèque n'a pas été modifiée.</source>
            <translation>La bibliothèque n'a pas été modifiée.</translation>
        </message>
        <message>
            <source>Les fiches sont enregistrées et déjà consultables.</source>
            <translation>Les fiches sont enregistrées et déjà consultables.</translation>
        </message>
        <message numerus="yes">
            <source>Vérifier les %n doublon(s) probable(s)…</source>
            <translation>
                <numerusform>Vérifier le doublon probable…</numerusform>
                <numerusform>Vérifier les %n doublons probables…</numerusform>
            </translation>
        </message>
        <message>
            <source>Vérifier les doublons probables…</source>
            <translation>Vérifier les doublons probables…</translation>
        </message>
    </context>
    <context>
        <name>ThesaurusController</name>
        <message>
            <source>Le concept s'appelle maintenant « %1 ».</source>
            <translation>Le concept s'appelle maintenant « %1 ».</translation>
        </message>
        <message>
            <source>« %1 » est déplacé.</source>
            <translation>« %1 » est déplacé.</translation>
        </message>
        <message numerus="yes">
            <source>« %1 » est fusionné dans « %2 » : %n fiche(s) déplacée(s).</source>
            <translation>
                <numerusform>« %1 » est fusionné dans « %2 » : %n fiche déplacée.</numerusform>
                <numerusform>« %1 » est fusionné dans « %2 » : %n fiches déplacées.</numerusform>
            </translation>
        </message>
        <message>
            <source>« %1 » est supprimé.</source>
            <translation>« %1 » est supprimé.</translation>
        </message>
    </context>
    <context>
        <name>ThesaurusDialog</name>
        <message>
            <source>Maintenance du thésaurus</source>
            <translation>Maintenance du thésaurus</translation>
        </message>
        <message>
            <source>Concept à modifier</source>
            <translation>Concept à modifier</translation>
        </message>
        <message>
            <source>Afficher</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Choisissez un concept.</source>
            <translation>Choisissez un concept.</translation>
        </message>
        <message>
            <source>Concept</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>Résultat de l'opération</source>
            <translation>Résultat de l'opération</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Tapez un libellé (les accents sont facultatifs)</source>
            <translation>Tapez un libellé (les accents sont facultatifs)</translation>
        </message>
        <message>
            <source>Renommer</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <source>Nouveau libellé français</source>
            <translation>Nouveau libellé français</translation>
        </message>
        <message>
            <source>Nouveau libellé anglais</source>
            <translation>Nouveau libellé anglais</translation>
        </message>
        <message>
            <source>Garder les anciens libellés comme autres termes</source>
            <translation>Garder les anciens libellés comme autres termes</translation>
        </message>
        <message>
            <source>Libellé français</source>
            <translation>Libellé français</translation>
        </message>
        <message>
            <source>Libellé anglais</source>
            <translation>Libellé anglais</translation>
        </message>
        <message>
            <source>Fusionner dans un autre concept</source>
            <translation>Fusionner dans un autre concept</translation>
        </message>
        <message>
            <source>Ses fiches, ses libellés et ses relations passent au concept choisi ; ce concept-ci disparaît.</source>
            <translation>Ses fiches, ses libellés et ses relations passent au concept choisi ; ce concept-ci disparaît.</translation>
        </message>
        <message>
            <source>Concept qui reçoit la fusion</source>
            <translation>Concept qui reçoit la fusion</translation>
        </message>
        <message>
            <source>Fusionner…</source>
            <translation>Fusionner…</translation>
        </message>
        <message>
            <source>Déplacer sous d'autres concepts</source>
            <translation>Déplacer sous d'autres concepts</translation>
        </message>
        <message>
            <source>Concepts plus larges (aucun : le concept devient un concept de tête).</source>
            <translation>Concepts plus larges (aucun : le concept devient un concept de tête).</translation>
        </message>
        <message>
            <source>Déplacer</source>
            <translation>Déplacer</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Supprimer le concept…</source>
            <translation>Supprimer le concept…</translation>
        </message>
        <message>
            <source>aucun (concept de tête)</source>
            <translation>aucun (concept de tête)</translation>
        </message>
        <message numerus="yes">
            <source>« %1 » : %n fiche(s) indexée(s) ; plus large : %2.</source>
            <translation>
                <numerusform>« %1 » : %n fiche indexée ; plus large : %2.</numerusform>
                <numerusform>« %1 » : %n fiches indexées ; plus large : %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ce concept indexe des fiches : il ne peut pas être supprimé. Fusionnez-le plutôt dans un autre concept.</source>
            <translation>Ce concept indexe des fiches : il ne peut pas être supprimé. Fusionnez-le plutôt dans un autre concept.</translation>
        </message>
        <message>
            <source>Aucune fiche n'utilise ce concept : il peut être supprimé. Ses concepts plus précis passent sous ses concepts plus larges.</source>
            <translation>Aucune fiche n'utilise ce concept : il peut être supprimé. Ses concepts plus précis passent sous ses concepts plus larges.</translation>
        </message>
        <message>
            <source>Le libellé français est obligatoire.</source>
            <translation>Le libellé français est obligatoire.</translation>
        </message>
        <message>
            <source>Choisissez le concept qui reçoit la fusion.</source>
            <translation>Choisissez le concept qui reçoit la fusion.</translation>
        </message>
        <message>
            <source>Fusionner « %1 » dans « %2 » ? Ses fiches et ses libellés passeront à « %2 » et « %1 » disparaîtra.</source>
            <translation>Fusionner « %1 » dans « %2 » ? Ses fiches et ses libellés passeront à « %2 » et « %1 » disparaîtra.</translation>
        </message>
        <message>
            <source>Fusionner deux concepts</source>
            <translation>Fusionner deux concepts</translation>
        </message>
        <message>
            <source>Supprimer le concept « %1 » ?</source>
            <translation>Supprimer le concept « %1 » ?</translation>
        </message>
        <message>
            <source>Supprimer un concept</source>
            <translation>Supprimer un concept</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Corbeille</source>
            <translation>Corbeille</translation>
        </message>
        <message>
            <source>Fiches supprimées</source>
            <translation>Fiches supprimées</translation>
        </message>
        <message>
            <source>La corbeille est vide.</source>
            <translation>La corbeille est vide.</translation>
        </message>
        <message>
            <source>Restaurer</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>UndoHistory</name>
        <message>
            <source>Annulé : %1</source>
            <translation>Annulé : %1</translation>
        </message>
        <message>
            <source>Impossible d'annuler « %1 » : %2</source>
            <translation>Impossible d'annuler « %1 » : %2</translation>
        </message>
        <message>
            <source>Impossible de rétablir « %1 » : %2</source>
            <translation>Impossible de rétablir « %1 » : %2</translation>
        </message>
        <message>
            <source>L'historique des modifications est vidé.</source>
            <translation>L'historique des modifications est vidé.</translation>
        </message>
        <message>
            <source>Rétabli : %1</source>
            <translation>Rétabli : %1</translation>
        </message>
        <message>
            <source>la bibliothèque a changé depuis.</source>
            <translation>la bibliothèque a changé depuis.</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>%1 fiches trouvées ; tapez vos propres mots dans la barre de recherche</source>
            <translation>%1 fiches trouvées ; tapez vos propres mots dans la barre de recherche</translation>
        </message>
        <message>
            <source>%1, fiche après fiche (Alt+Page↓), ou %2 pour en tirer une bibliographie</source>
            <translation>%1, fiche après fiche (Alt+Page↓), ou %2 pour en tirer une bibliographie</translation>
        </message>
        <message>
            <source>(sa carte relie ses concepts voisins et ses fiches)</source>
            <translation>(sa carte relie ses concepts voisins et ses fiches)</translation>
        </message>
        <message>
            <source>Bienvenue</source>
            <translation>Bienvenue</translation>
        </message>
        <message>
            <source>Bienvenue dans kb_app</source>
            <translation>Bienvenue dans kb_app</translation>
        </message>
        <message>
            <source>Ce que contient cette bibliothèque</source>
            <translation>Ce que contient cette bibliothèque</translation>
        </message>
        <message>
            <source>Cette page revient par Aide › Page d'accueil.</source>
            <translation>Cette page revient par Aide › Page d'accueil.</translation>
        </message>
        <message>
            <source>Chercher « %1 »</source>
            <translation>Chercher « %1 »</translation>
        </message>
        <message>
            <source>Créer une fiche : Édition › Nouvelle fiche… (Ctrl+N)</source>
            <translation>Créer une fiche : Édition › Nouvelle fiche… (Ctrl+N)</translation>
        </message>
        <message>
            <source>Importer vos références : Fichier › Importer… (BibTeX, RIS, CSL-JSON, exports Zotero), ou glisser les fichiers sur la fenêtre</source>
            <translation>Importer vos références : Fichier › Importer… (BibTeX, RIS, CSL-JSON, exports Zotero), ou glisser les fichiers sur la fenêtre</translation>
        </message>
        <message>
            <source>La bibliothèque contient :</source>
            <translation>La bibliothèque contient :</translation>
        </message>
        <message>
            <source>Le cours est le dossier « %1 ». La bibliothèque contient :</source>
            <translation>Le cours est le dossier « %1 ». La bibliothèque contient :</translation>
        </message>
        <message>
            <source>Lire le dossier « %1 »</source>
            <translation>Lire le dossier « %1 »</translation>
        </message>
        <message>
            <source>Ouvrir ce dossier dans le gestionnaire de fichiers</source>
            <translation>Ouvrir ce dossier dans le gestionnaire de fichiers</translation>
        </message>
        <message>
            <source>Ouvrir le cours : Fichier › Nouvelle bibliothèque…, « Avec le cours »</source>
            <translation>Ouvrir le cours : Fichier › Nouvelle bibliothèque…, « Avec le cours »</translation>
        </message>
        <message>
            <source>Où vit la bibliothèque</source>
            <translation>Où vit la bibliothèque</translation>
        </message>
        <message>
            <source>Suivre le concept « %1 » jusqu'à ses %2 cas</source>
            <translation>Suivre le concept « %1 » jusqu'à ses %2 cas</translation>
        </message>
        <message>
            <source>Tout y est : la base (library.sqlite3), les pièces jointes (attachments) et les sauvegardes (backups). kb_app fait une sauvegarde vérifiée chaque jour et à la fermeture ; Fichier › Sauvegarder la bibliothèque en fait une tout de suite. Pour la mettre à l'abri, copiez le dossier entier sur un autre disque, kb_app fermé ; Fichier › Déplacer la bibliothèque… l'installe ailleurs.</source>
            <translation>Tout y est : la base (library.sqlite3), les pièces jointes (attachments) et les sauvegardes (backups). kb_app fait une sauvegarde vérifiée chaque jour et à la fermeture ; Fichier › Sauvegarder la bibliothèque en fait une tout de suite. Pour la mettre à l'abri, copiez le dossier entier sur un autre disque, kb_app fermé ; Fichier › Déplacer la bibliothèque… l'installe ailleurs.</translation>
        </message>
        <message>
            <source>Trois choses à essayer</source>
            <translation>Trois choses à essayer</translation>
        </message>
        <message>
            <source>analyse</source>
            <translation>analyse</translation>
        </message>
        <message>
            <source>analyses</source>
            <translation>analyses</translation>
        </message>
        <message>
            <source>cas</source>
            <comment>one case</comment>
            <translation>cas</translation>
        </message>
        <message>
            <source>cas</source>
            <comment>several cases</comment>
            <translation>cas</translation>
        </message>
        <message>
            <source>concept du thésaurus</source>
            <translation>concept du thésaurus</translation>
        </message>
        <message>
            <source>concepts du thésaurus</source>
            <translation>concepts du thésaurus</translation>
        </message>
        <message>
            <source>le mettre dans le panier</source>
            <translation>le mettre dans le panier</translation>
        </message>
        <message>
            <source>organisation ou ressource</source>
            <translation>organisation ou ressource</translation>
        </message>
        <message>
            <source>organisations et ressources</source>
            <translation>organisations et ressources</translation>
        </message>
        <message>
            <source>référence</source>
            <translation>référence</translation>
        </message>
        <message>
            <source>références</source>
            <translation>références</translation>
        </message>
    </context>
    <context>
        <name>WelcomeActions</name>
        <message>
            <source>Adresse inconnue : %1</source>
            <translation>Adresse inconnue : %1</translation>
        </message>
    </context>
</TS>

"""Reading and writing other tools' formats through one neutral, CSL-JSON shaped record.

readers (bibtex, ris, csljson, markdown)  ->  ParseResult[SourceRecord]  ->  importer
exporter  <-  csl_item(FicheDetail)  ->  writers (bibtex, ris, markdown)
exporter, citations  <-  cite.csl_json(FicheDetail)  ->  csljson writer, citation engine
"""

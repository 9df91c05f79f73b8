"""scripts/train_parser.py: the English dependency parser of the README's study (*No parser.*), trained on UD
English-EWT. The package ships no parser; the script rebuilds the study's model from the treebank alone."""

from conftest import load_script


def _train_parser():
    return load_script("train_parser")


def test_the_training_text_is_the_treebanks_documents_in_order_when_the_released_file_is_absent(tmp_path):
    tp = _train_parser()
    lists, src = tmp_path / "not-to-release" / "file-lists", tmp_path / "not-to-release" / "sources" / "news"
    lists.mkdir(parents=True)
    src.mkdir(parents=True)
    (src / "b.conllu").write_text("# sent_id = b\n1\tB\tb\tX\t_\t_\t0\troot\t_\t_\n\n")
    (src / "a.conllu").write_text("# sent_id = a\n1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n\n")
    (lists / "files.train").write_text("news/b.conllu\nnews/a.conllu\n")
    text = tp.training_text(str(tmp_path))
    assert text == (src / "b.conllu").read_text() + (src / "a.conllu").read_text()
    (tmp_path / "en_ewt-ud-train.conllu").write_text("released")
    assert tp.training_text(str(tmp_path)) == "released"  # the released file, when the checkout has it

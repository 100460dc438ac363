"""A tiny Piper voice built in the test: an ONNX graph with Piper's inputs and output beside
the real vi_VN-vais1000-medium config (public data: its 154-symbol phoneme_id_map, 22,050 Hz),
so the engine's whole path runs for real.

The speaking graph says a vowel-like tone for `HOP` samples per id, its loudness rising and falling
about four times a second like syllables: long enough per phoneme for speech's pace, and
loud enough to pass a clip's quality checks. Its length follows the length scale as a real
voice's does.

The recording graph says back what it was given: sample i is id i / ID_SCALE, so the ids that
reached the model can be read off the clip the engine returns."""

from __future__ import annotations

import json
from pathlib import Path

import onnx
from onnx import TensorProto, helper

REAL_CONFIG = Path(__file__).resolve().parent.parent / "data" / "piper" / "vi_VN-vais1000-medium.onnx.json"
SAMPLE_RATE = 22050
HOP = 512
ID_SCALE = 1024.0


def _graph() -> onnx.ModelProto:
    c = helper.make_tensor
    nodes = [
        helper.make_node("Shape", ["input"], ["shape"]),
        helper.make_node("Gather", ["shape", "one_i"], ["n"], axis=0),
        helper.make_node("Cast", ["n"], ["n_f"], to=TensorProto.FLOAT),
        helper.make_node("Gather", ["scales", "one_i"], ["length_scale"], axis=0),
        helper.make_node("Mul", ["n_f", "hop"], ["n_hop"]),
        helper.make_node("Mul", ["n_hop", "length_scale"], ["t_f"]),
        helper.make_node("Cast", ["t_f"], ["t"], to=TensorProto.INT64),
        helper.make_node("Range", ["zero_i", "t", "one_i"], ["idx"]),
        helper.make_node("Cast", ["idx"], ["idx_f"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["idx_f", "pitch"], ["phase"]),
        helper.make_node("Sin", ["phase"], ["tone"]),
        helper.make_node("Mul", ["idx_f", "syllable"], ["slow"]),
        helper.make_node("Sin", ["slow"], ["env_raw"]),
        helper.make_node("Abs", ["env_raw"], ["env"]),
        helper.make_node("Mul", ["tone", "env"], ["shaped"]),
        helper.make_node("Mul", ["shaped", "gain"], ["audio"]),
        helper.make_node("Reshape", ["audio", "out_shape"], ["output"]),
    ]
    inits = [
        c("one_i", TensorProto.INT64, [], [1]),
        c("zero_i", TensorProto.INT64, [], [0]),
        c("hop", TensorProto.FLOAT, [], [float(HOP)]),
        c("pitch", TensorProto.FLOAT, [], [2 * 3.14159265 * 180 / SAMPLE_RATE]),
        c("syllable", TensorProto.FLOAT, [], [3.14159265 * 4 / SAMPLE_RATE]),
        c("gain", TensorProto.FLOAT, [], [0.4]),
        c("out_shape", TensorProto.INT64, [3], [1, 1, -1]),
    ]
    return _piper_model(nodes, inits, "tiny_piper")


def _piper_model(nodes: list[onnx.NodeProto], inits: list[onnx.TensorProto], name: str) -> onnx.ModelProto:
    """A graph with Piper's inputs (input, input_lengths, scales) and its one output."""
    graph = helper.make_graph(
        nodes,
        name,
        [
            helper.make_tensor_value_info("input", TensorProto.INT64, [1, None]),
            helper.make_tensor_value_info("input_lengths", TensorProto.INT64, [1]),
            helper.make_tensor_value_info("scales", TensorProto.FLOAT, [3]),
        ],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 1, None])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    return model


def _recording_graph() -> onnx.ModelProto:
    nodes = [
        helper.make_node("Cast", ["input"], ["ids_f"], to=TensorProto.FLOAT),
        helper.make_node("Div", ["ids_f", "scale"], ["audio"]),
        helper.make_node("Reshape", ["audio", "out_shape"], ["output"]),
    ]
    inits = [
        helper.make_tensor("scale", TensorProto.FLOAT, [], [ID_SCALE]),
        helper.make_tensor("out_shape", TensorProto.INT64, [3], [1, 1, -1]),
    ]
    return _piper_model(nodes, inits, "recording_piper")


def make_voice(folder: Path, name: str = "vi_VN-tiny-x_low", recording: bool = False) -> Path:
    """Write NAME.onnx and NAME.onnx.json (the real voice's config) into `folder`; the .onnx path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.onnx"
    onnx.save(_recording_graph() if recording else _graph(), str(path))
    config = json.loads(REAL_CONFIG.read_text(encoding="utf-8"))
    path.with_name(path.name + ".json").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    return path


def recorded_ids(pcm: bytes) -> list[int]:
    """The ids a recording voice was given, read off the 16-bit samples it returned."""
    import numpy as np

    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float64)
    return [int(i) for i in np.rint(samples * ID_SCALE / 32767)]


def reference_ids(text: str) -> list[int]:
    """piper-tts's own ids for `text` with the real voice's map: its phonemizer, then its id
    mapping, one sequence per sentence it finds, joined."""
    from piper.phoneme_ids import phonemes_to_ids
    from piper.phonemize_espeak import EspeakPhonemizer

    id_map = json.loads(REAL_CONFIG.read_text(encoding="utf-8"))["phoneme_id_map"]
    return [i for ph in EspeakPhonemizer().phonemize("vi", text) if ph for i in phonemes_to_ids(ph, id_map)]

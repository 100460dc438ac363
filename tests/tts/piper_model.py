"""A tiny Piper voice built in the test: an ONNX graph with Piper's inputs and output and a JSON
config with a phoneme id map, so the engine's whole path runs for real.

The graph says a vowel-like tone for `HOP` samples per id, its loudness rising and falling
about four times a second like syllables: long enough per phoneme for speech's pace, and
loud enough to pass a clip's quality checks. Its length follows the length scale as a real
voice's does."""

from __future__ import annotations

import json
from pathlib import Path

import onnx
from onnx import TensorProto, helper

from audio_edition.tts.piper import phonemize

SAMPLE_RATE = 16000
HOP = 512
SAMPLE = "Chiều ngày sáu tháng mười một, Bộ Thông tin và Truyền thông họp giao ban; ông nói: tốt lắm!"


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
    graph = helper.make_graph(
        nodes,
        "tiny_piper",
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


def make_voice(folder: Path, name: str = "vi_VN-tiny-x_low") -> Path:
    """Write NAME.onnx and NAME.onnx.json into `folder`; the .onnx path."""
    folder.mkdir(parents=True, exist_ok=True)
    symbols = ["_", "^", "$", " ", ",", ".", "!", "?", ";", ":", *sorted(set(phonemize(SAMPLE, "vi")) - set(" ,.!?;:"))]
    config = {
        "audio": {"sample_rate": SAMPLE_RATE, "quality": "x_low"},
        "espeak": {"voice": "vi"},
        "inference": {"noise_scale": 0.667, "length_scale": 1.0, "noise_w": 0.8},
        "phoneme_type": "espeak",
        "phoneme_id_map": {s: [i] for i, s in enumerate(symbols)},
        "num_symbols": len(symbols),
        "num_speakers": 1,
        "speaker_id_map": {},
    }
    path = folder / f"{name}.onnx"
    onnx.save(_graph(), str(path))
    path.with_name(path.name + ".json").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    return path

"""KServe's model server for @kindling/remote's tests: the digits CNN of digits_numpy.py as model
`digits`, over the Open Inference Protocol with the binary tensor extension.

    KINDLING_DIGITS_WEIGHTS=folder python kserve_digits.py --http_port 8080 --grpc_port 8081
"""

import os
import uuid

from kserve import InferOutput, InferRequest, InferResponse, Model, ModelServer

from digits_numpy import forward, load_weights


class Digits(Model):
    def __init__(self, folder):
        super().__init__("digits")
        self.weights = load_weights(folder)
        self.ready = True

    def get_input_types(self):
        return [{"name": "input", "datatype": "FP32", "shape": [-1, 1, 8, 8]}]

    def get_output_types(self):
        return [{"name": "logits", "datatype": "FP32", "shape": [-1, 10]}]

    async def predict(self, payload: InferRequest, headers=None, response_headers=None) -> InferResponse:
        logits = forward(self.weights, payload.inputs[0].as_numpy())
        binary = payload.use_binary_outputs
        out = InferOutput(name="logits", shape=list(logits.shape), datatype="FP32")
        out.set_data_from_numpy(logits, binary_data=binary)
        return InferResponse(
            model_name=self.name, infer_outputs=[out], response_id=payload.id or str(uuid.uuid4()), use_binary_outputs=binary
        )


if __name__ == "__main__":
    # The ports and the rest come from KServe's own command-line arguments.
    ModelServer(workers=1, enable_grpc=False).start([Digits(os.environ["KINDLING_DIGITS_WEIGHTS"])])

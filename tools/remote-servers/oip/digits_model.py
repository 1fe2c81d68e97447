"""An MLServer model runtime for @kindling/remote's tests: the digits CNN of digits_numpy.py, its
weights read from the folder named by the model's `parameters.uri`."""

from mlserver import MLModel
from mlserver.codecs import NumpyCodec
from mlserver.types import InferenceRequest, InferenceResponse

from digits_numpy import forward, load_weights


class DigitsModel(MLModel):
    async def load(self) -> bool:
        self.weights = load_weights(self.settings.parameters.uri)
        return True

    async def predict(self, payload: InferenceRequest) -> InferenceResponse:
        logits = forward(self.weights, NumpyCodec.decode_input(payload.inputs[0]))
        return InferenceResponse(model_name=self.name, outputs=[NumpyCodec.encode_output("logits", logits)])
